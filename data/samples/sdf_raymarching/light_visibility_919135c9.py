import warp as wp


@wp.func
def occluder_sdf(p: wp.vec3):
    # a floating sphere above a ground plane at y = -1
    return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)


@wp.kernel
def light_visibility(
    gbuffer_position: wp.array2d[wp.vec3],
    gbuffer_normal: wp.array2d[wp.vec3],
    visibility: wp.array2d[float],
    light_dir: wp.vec3,
):
    i, j = wp.tid()
    hit = gbuffer_position[i, j]
    n = gbuffer_normal[i, j]
    origin = hit + n * 1.0e-2
    t = float(1.0e-2)
    s = float(1.0)
    for _step in range(48):
        d = occluder_sdf(origin + light_dir * t)
        s = wp.min(s, 16.0 * d / t)
        if s < 1.0e-3 or t > 8.0:
            break
        t += wp.clamp(d, 1.0e-3, 0.5)
    s = wp.clamp(s, 0.0, 1.0)
    visibility[i, j] = s * s * (3.0 - 2.0 * s)
