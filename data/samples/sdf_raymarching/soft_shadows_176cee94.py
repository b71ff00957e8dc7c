import warp as wp


@wp.func
def occluder_sdf(p: wp.vec3):
    # a floating sphere above a ground plane at y = -1
    return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)


@wp.kernel
def soft_shadows(
    active: wp.array2d[wp.int32],
    gbuffer_position: wp.array2d[wp.vec3],
    normals: wp.array2d[wp.vec3],
    light_dir: wp.vec3,
    softness: float,
    shadow: wp.array2d[float],
):
    i, j = wp.tid()
    if active[i, j] != 1:
        return
    p_hit = gbuffer_position[i, j]
    n = normals[i, j]
    origin = p_hit + n * 1.0e-2
    t = float(1.0e-2)
    s = float(1.0)
    for _step in range(48):
        d = occluder_sdf(origin + light_dir * t)
        s = wp.min(s, softness * d / t)
        if s < 1.0e-3 or t > 8.0:
            break
        t += wp.clamp(d, 1.0e-3, 0.5)
    s = wp.clamp(s, 0.0, 1.0)
    shadow[i, j] = s * s * (3.0 - 2.0 * s)
