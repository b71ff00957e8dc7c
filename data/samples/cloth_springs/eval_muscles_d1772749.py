import warp as wp


@wp.kernel
def eval_muscles(
    springs: wp.array2d[int],
    positions: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    spring_rest_length: wp.array[float],
    activation: wp.array[float],
    omega: float,
    t: float,
    k_spring: float,
    damping: float,
    forces: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = springs[tid, 0]
    j = springs[tid, 1]
    rest = spring_rest_length[tid]
    amp = activation[tid]
    l0 = rest * (1.0 + amp * wp.sin(omega * t))
    d = positions[j] - positions[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    dldt = wp.dot(velocities[j] - velocities[i], dir)
    f = dir * (k_spring * (l - l0) + damping * dldt)
    wp.atomic_sub(forces, j, f)
    wp.atomic_add(forces, i, f)
