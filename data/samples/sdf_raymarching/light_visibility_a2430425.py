import warp as wp


@wp.func
def occluder_sdf(p: wp.vec3):
    # a floating sphere above a ground plane at y = -1
    return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)


@wp.kernel
def light_visibility(
    hit_positions: wp.array2d(dtype=wp.vec3),
    gbuffer_normal: wp.array2d(dtype=wp.vec3),
    visibility: wp.array2d(dtype=float),
    light_dir: wp.vec3,
    k_shadow: float,
):
    i, j = wp.tid()
    hit = hit_positions[i, j]
    origin = hit + gbuffer_normal[i, j] * 1.0e-2
    t = float(1.0e-2)
    s = float(1.0)
    for _step in range(48):
        d = occluder_sdf(origin + light_dir * t)
        s = wp.min(s, k_shadow * d / t)
        if s < 1.0e-3 or t > 8.0:
            break
        t += wp.clamp(d, 1.0e-3, 0.5)
    s = wp.clamp(s, 0.0, 1.0)
    visibility[i, j] = s * s * (3.0 - 2.0 * s)
