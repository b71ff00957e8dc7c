import warp as wp


@wp.kernel
def edge_constraints(
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
    magnitude = stiffness * (length - rest) + rest
    f = wp.normalize(delta) * magnitude
    wp.atomic_add(forces, a, f)
    wp.atomic_sub(forces, b, f)
