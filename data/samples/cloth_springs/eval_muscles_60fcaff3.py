import warp as wp


@wp.kernel
def eval_muscles(
    springs: wp.array2d[wp.int32],
    positions: wp.array[wp.vec3],
    rest_lengths: wp.array[float],
    activation: wp.array[float],
    theta: wp.array[float],
    stiffnesses: wp.array[float],
    forces: wp.array[wp.vec3],
    omega: float,
    time: float,
):
    tid = wp.tid()
    i = springs[tid, 0]
    j = springs[tid, 1]
    rest = rest_lengths[tid]
    act = activation[tid]
    angle = theta[tid]
    k = stiffnesses[tid]
    l0 = rest * (1.0 + act * wp.cos(omega * time + angle))
    d = positions[j] - positions[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    f = dir * (k * (l - l0))
    wp.atomic_add(forces, i, f)
    wp.atomic_sub(forces, j, f)
