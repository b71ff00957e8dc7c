import warp as wp


@wp.func
def look_at_ray(i: int, j: int, width: int, height: int, eye: wp.vec3, target: wp.vec3, fov: float):
    sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)
    sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0
    forward = wp.normalize(target - eye)
    right = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))
    up = wp.cross(right, forward)
    return wp.normalize(forward + (right * sx + up * sy) * wp.tan(0.5 * fov))


@wp.func
def sdf_shape(p: wp.vec3, r: float):
    return wp.length(p) - r


@wp.kernel
def depth_pass(cam_pos: wp.vec3, cam_target: wp.vec3, t_max: float, hit_t: wp.array2d[float]):
    i, j = wp.tid()
    width = hit_t.shape[0]
    height = hit_t.shape[1]
    view_dir = look_at_ray(i, j, width, height, cam_pos, cam_target, 0.8)
    t = float(0.0)
    for _step in range(128):
        d = sdf_shape(cam_pos + view_dir * t, 0.5)
        if d < 1.0e-4 or t > t_max:
            break
        t += d
    hit_t[i, j] = wp.min(t, t_max)
