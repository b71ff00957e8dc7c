import warp as wp


@wp.func
def sdf_shape(p: wp.vec3, r: float):
    return wp.length(p) - r


@wp.kernel
def march_depth(hit_t: wp.array2d[float], eye: wp.vec3, view_rot: wp.quat):
    i, j = wp.tid()
    width = hit_t.shape[0]
    height = hit_t.shape[1]
    sx = (2.0 * float(i) - float(width)) / float(height)
    sy = (2.0 * float(j) - float(height)) / float(height)
    ray_dir = wp.quat_rotate(view_rot, wp.normalize(wp.vec3(sx, sy, -2.0)))
    t = float(0.0)
    for _step in range(128):
        d = sdf_shape(eye + ray_dir * t, 0.5)
        if d < 1.0e-4 or t > 100.0:
            break
        t += d
    hit_t[i, j] = wp.min(t, 100.0)
