import warp as wp


@wp.kernel(enable_backward=False)
def eval_fixed_tendons(
    tendon_entry_start: wp.array[wp.int32],
    tendon_dof: wp.array[wp.int32],
    tendon_gear: wp.array[float],
    joint_q: wp.array2d[float],
    tendon_range_lower: wp.array[float],
    tendon_range_upper: wp.array[float],
    tendon_ke: wp.array[float],
    joint_tau: wp.array2d[float],
):
    world, t = wp.tid()
    start = tendon_entry_start[t]
    end = tendon_entry_start[t + 1]
    # padding tendons have empty entry ranges
    if start == end:
        return
    upper = tendon_range_upper[t]
    ke = tendon_ke[t]
    # the tendon's length and rate: weighted sums over its joints
    length = float(0.0)
    for k in range(start, end):
        dof = tendon_dof[k]
        length += tendon_gear[k] * joint_q[world, dof]
    # free inside its range, a spring past either end
    tension = ke * (wp.max(length - upper, 0.0) + wp.min(length - tendon_range_lower[t], 0.0))
    # tendons sharing a joint both push on it: summed with atomics
    for k in range(start, end):
        wp.atomic_sub(joint_tau, world, tendon_dof[k], tendon_gear[k] * tension)


@wp.kernel
def actuated_springs(
    edge_indices: wp.array2d[wp.int32],
    positions: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    spring_rest_length: wp.array[float],
    activation: wp.array[float],
    spring_stiffness: wp.array[float],
    spring_damping: wp.array[float],
    omega: float,
    time: float,
    particle_f: wp.array[wp.vec3],
):
    """Spring forces whose rest lengths follow a sinusoidal actuation signal (soft-body muscles)."""
    tid = wp.tid()
    i = edge_indices[tid, 0]
    j = edge_indices[tid, 1]
    rest = spring_rest_length[tid]
    damping = spring_damping[tid]
    l0 = rest * (1.0 + activation[tid] * wp.sin(omega * time))
    d = positions[j] - positions[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    dldt = wp.dot(velocities[j] - velocities[i], dir)
    f = dir * (spring_stiffness[tid] * (l - l0) + damping * dldt)
    wp.atomic_add(particle_f, i, f)
    wp.atomic_add(particle_f, j, -f)
