import warp as wp


@wp.func
def sdf_shape(p: wp.vec3, r: float):
    # capsule between (0, -1, 0) and (0, 1, 0)
    h = wp.clamp(p[1], -1.0, 1.0)
    return wp.length(p - wp.vec3(0.0, h, 0.0)) - r


@wp.kernel
def render_depth(
    depth_out: wp.array2d[float],
    eye: wp.vec3,
    camera_rotation: wp.quat,
    max_dist: float,
):
    i, j = wp.tid()
    width = depth_out.shape[0]
    height = depth_out.shape[1]

    # pinhole camera: pixel to view ray
    sx = (2.0 * float(i) - float(width)) / float(height)
    sy = (2.0 * float(j) - float(height)) / float(height)
    rd = wp.quat_rotate(camera_rotation, wp.normalize(wp.vec3(sx, sy, -2.0)))
    t = float(0.0)
    for _step in range(128):
        d = sdf_shape(eye + rd * t, 0.5)
        if d < 1.0e-4 or t > max_dist:
            break
        t += d
    depth_out[i, j] = wp.min(t, max_dist)
