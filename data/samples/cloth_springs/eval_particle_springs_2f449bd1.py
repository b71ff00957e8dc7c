import warp as wp


class ParticleFlags:
    ACTIVE = wp.constant(wp.int32(1))


@wp.func
def spring_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, rest: float, ke: float, kd: float) -> wp.vec3:
    d = xj - xi
    l = wp.length(d)
    if l < 1.0e-6:
        return wp.vec3(0.0)
    dir = d / l
    return dir * (ke * (l - rest) + kd * wp.dot(vj - vi, dir))


@wp.kernel
def eval_particle_springs(
    adj_offsets: wp.array[int],
    adj_counts: wp.array[int],
    adj_springs: wp.array[int],
    springs: wp.array2d[int],
    flags: wp.array[int],
    x: wp.array[wp.vec3],
    v: wp.array[wp.vec3],
    rest_lengths: wp.array[float],
    spring_damping: wp.array[float],
    k_spring: float,
    forces: wp.array[wp.vec3],
):
    """Sum the forces of the springs incident to each particle (CSR adjacency) and add them to the particle's force."""
    i = wp.tid()
    if (flags[i] & ParticleFlags.ACTIVE) == 0:
        return
    c = spring_damping[i]
    xi = x[i]
    vi = v[i]
    f_total = wp.vec3(0.0)
    start = adj_offsets[i]
    for k in range(adj_counts[i]):
        s = adj_springs[start + k]
        j = springs[s, 0]
        if j == i:
            j = springs[s, 1]
        f_total += spring_force(xi, x[j], vi, v[j], rest_lengths[s], k_spring, c)
    # other kernels add to the same forces
    wp.atomic_add(forces, i, f_total)
