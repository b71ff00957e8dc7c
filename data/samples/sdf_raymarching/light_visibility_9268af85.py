import warp as wp


@wp.func
def occluder_sdf(p: wp.vec3):
    # a floating sphere above a ground plane at y = -1
    return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)


@wp.kernel
def light_visibility(
    hit_positions: wp.array2d[wp.vec3],
    normals: wp.array2d[wp.vec3],
    occlusion: wp.array2d[float],
    sun_dir: wp.vec3,
    penumbra: float,
):
    i, j = wp.tid()
    hit = hit_positions[i, j]
    n = normals[i, j]
    origin = hit + n * 1.0e-2
    t = float(1.0e-2)
    s = float(1.0)
    for _step in range(48):
        d = occluder_sdf(origin + sun_dir * t)
        s = wp.min(s, penumbra * d / t)
        if s < 1.0e-3 or t > 8.0:
            break
        t += wp.clamp(d, 1.0e-3, 0.5)
    s = wp.clamp(s, 0.0, 1.0)
    occlusion[i, j] = s * s * (3.0 - 2.0 * s)
