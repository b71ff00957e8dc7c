import warp as wp


@wp.kernel
def eval_muscles(
    spring_indices: wp.array2d[int],
    positions: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    rest_lengths: wp.array[float],
    theta: wp.array[float],
    actuation: float,
    angular_freq: float,
    time: float,
    stiffness: float,
    k_damp: float,
    forces: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = spring_indices[tid, 0]
    j = spring_indices[tid, 1]
    phi = theta[tid]
    l0 = rest_lengths[tid] * (1.0 + actuation * wp.cos(angular_freq * time + phi))
    d = positions[j] - positions[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    dldt = wp.dot(velocities[j] - velocities[i], dir)
    f = dir * (stiffness * (l - l0) + k_damp * dldt)
    wp.atomic_add(forces, i, f)
    wp.atomic_sub(forces, j, f)
