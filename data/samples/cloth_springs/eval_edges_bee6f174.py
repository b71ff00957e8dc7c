import warp as wp


@wp.kernel
def eval_edges(
    spring_indices: wp.array2d(dtype=int),
    positions: wp.array(dtype=wp.vec2),
    v: wp.array(dtype=wp.vec2),
    rest_lengths: wp.array(dtype=float),
    particle_f: wp.array(dtype=wp.vec2),
    stiffness: float,
    damping: float,
):
    """Damped spring forces, scattered to both end points."""
    tid = wp.tid()
    i = spring_indices[tid, 0]
    j = spring_indices[tid, 1]
    rest = rest_lengths[tid]

    # relative position and velocity of the end points
    xij = positions[i] - positions[j]
    vij = v[i] - v[j]
    l = wp.length(xij)
    if l == 0.0:
        return
    dir = xij / l

    # Hooke force plus damping along the spring
    c = l - rest
    dcdt = wp.dot(dir, vij)
    f = dir * (stiffness * c + damping * dcdt)
    wp.atomic_sub(particle_f, i, f)
    wp.atomic_add(particle_f, j, f)
