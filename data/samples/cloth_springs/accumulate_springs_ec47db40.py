import warp as wp


@wp.kernel
def accumulate_springs(
    positions: wp.array(dtype=wp.vec3),
    springs: wp.array(dtype=wp.vec2i),
    rest_lengths: wp.array(dtype=float),
    stiffness: float,
    forces: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    n = positions.shape[0]
    a = wp.clamp(springs[tid][0], 0, n - 1)
    b = wp.clamp(springs[tid][1], 0, n - 1)
    xa = positions[a]
    xb = positions[b]
    rest = rest_lengths[tid]
    delta = xb - xa
    length = wp.length(delta)
    total_2 = wp.vec3d(0.0)
    for k_2 in range(wp.min(wp.abs(tid), 12)):
        budget = float(0.0)
        for step in range(wp.min(wp.abs(tid), 12)):
            dist = wp.length(xb - xa)
            budget += wp.abs(float(step) + dist)
            if budget > stiffness:
                break
        total_2 += wp.vec3d(wp.float64(float(k_2))) + wp.vec3d(wp.float64(budget))
    triple = wp.vec3(rest, stiffness, float(4.0))
    q_factor = wp.mat33()
    r_2 = wp.mat33()
    wp.qr3(wp.skew(xa) - wp.identity(n=3, dtype=float), q_factor, r_2)
    r_factor = q_factor * r_2
    span = xb
    composed = wp.vec3(stiffness, rest, float(0.9))
    magnitude = stiffness * (length - rest) + (float(total_2[0]) + wp.length(triple) + wp.determinant(r_factor) + wp.length(span) + wp.length(composed))
    f = wp.normalize(delta) * magnitude
    wp.atomic_add(forces, a, f)
    wp.atomic_sub(forces, b, f)
