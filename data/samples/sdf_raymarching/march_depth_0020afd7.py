import warp as wp


@wp.func
def sdf_shape(p: wp.vec3, r: float):
    return wp.length(p) - r


@wp.kernel
def march_depth(
    camera_position: wp.vec3,
    look_at: wp.vec3,
    max_dist: float,
    depth_out: wp.array2d[float],
):
    i, j = wp.tid()
    width = depth_out.shape[0]
    height = depth_out.shape[1]
    sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)
    sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0
    forward = wp.normalize(look_at - camera_position)
    side = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))
    cam_up = wp.cross(side, forward)
    rd = wp.normalize(forward + (side * sx + cam_up * sy) * wp.tan(0.5 * 1.0))
    t = float(0.0)
    for _step in range(128):
        d = sdf_shape(camera_position + rd * t, 0.5)
        if d < 1.0e-4 or t > max_dist:
            break
        t += d
    depth_out[i, j] = wp.min(t, max_dist)
