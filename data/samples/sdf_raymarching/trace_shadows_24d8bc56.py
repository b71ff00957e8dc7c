import warp as wp


@wp.func
def occluder_sdf(p: wp.vec3):
    # a floating sphere above a ground plane at y = -1
    return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)


@wp.kernel
def trace_shadows(
    hit_positions: wp.array2d(dtype=wp.vec3),
    gbuffer_normal: wp.array2d(dtype=wp.vec3),
    k_shadow: float,
    occlusion: wp.array2d(dtype=float),
):
    i, j = wp.tid()
    n = gbuffer_normal[i, j]
    origin = hit_positions[i, j] + n * 1.0e-2
    t = float(1.0e-2)
    s = float(1.0)
    for _step in range(48):
        d = occluder_sdf(origin + wp.normalize(wp.vec3(0.6, 0.4, 0.5)) * t)
        s = wp.min(s, k_shadow * d / t)
        if s < 1.0e-3 or t > 8.0:
            break
        t += wp.clamp(d, 1.0e-3, 0.5)
    s = wp.clamp(s, 0.0, 1.0)
    occlusion[i, j] = s * s * (3.0 - 2.0 * s)
