import warp as wp


class ParticleFlags:
    ACTIVE = wp.constant(wp.int32(1))


@wp.kernel(enable_backward=False)
def tendon_joint_forces(
    tendon_start: wp.array[wp.int32],
    tendon_joint: wp.array[wp.int32],
    tendon_gear: wp.array[float],
    joint_q: wp.array2d[float],
    joint_qd: wp.array2d[float],
    tendon_length0: wp.array[float],
    tendon_ke: wp.array[float],
    tendon_damping: wp.array[float],
    num_tendons: wp.int32,
    joint_f: wp.array2d[float],
    tendon_length: wp.array2d[float],
):
    """One thread per tendon of each world; each tendon's entries (joint, coefficient) are a CSR range shared by all worlds."""
    world, t = wp.tid()
    if t >= num_tendons:
        return
    start = tendon_start[t]
    end = tendon_start[t + 1]
    rest = tendon_length0[t]
    length = float(0.0)
    rate = float(0.0)
    for k in range(start, end):
        dof = tendon_joint[k]
        c = tendon_gear[k]
        length += c * joint_q[world, dof]
        rate += c * joint_qd[world, dof]
    tendon_length[world, t] = length
    tension = float(0.0)
    if length > rest:
        tension = wp.max(tendon_ke[t] * (length - rest) + tendon_damping[t] * rate, 0.0)
    for k in range(start, end):
        wp.atomic_sub(joint_f, world, tendon_joint[k], tendon_gear[k] * tension)


@wp.func
def spring_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, rest: float, ke: float, kd: float) -> wp.vec3:
    d = xj - xi
    l = wp.length(d)
    if l < 1.0e-6:
        return wp.vec3(0.0)
    dir = d / l
    return dir * (ke * (l - rest) + kd * wp.dot(vj - vi, dir))


@wp.kernel
def eval_vertex_springs(
    adj_offsets: wp.array[wp.int32],
    adj_springs: wp.array[wp.int32],
    springs: wp.array2d[wp.int32],
    flags: wp.array[wp.int32],
    x: wp.array[wp.vec3],
    v: wp.array[wp.vec3],
    rest_lengths: wp.array[float],
    num_particles: wp.int32,
    k_contact: float,
    k_damp: float,
    forces: wp.array[wp.vec3],
):
    i = wp.tid()
    if i >= num_particles:
        return
    if (flags[i] & ParticleFlags.ACTIVE) == 0:
        return
    xi = x[i]
    vi = v[i]
    f_total = wp.vec3(0.0)
    for k in range(adj_offsets[i], adj_offsets[i + 1]):
        s = adj_springs[k]
        j = springs[s, 0]
        if j == i:
            j = springs[s, 1]
        # springs to inactive particles are switched off
        if (flags[j] & ParticleFlags.ACTIVE) == 0:
            continue
        f_total += spring_force(xi, x[j], vi, v[j], rest_lengths[s], k_contact, k_damp)
    # other kernels add to the same forces
    wp.atomic_add(forces, i, f_total)
