import warp as wp


@wp.kernel
def eval_muscles(
    springs: wp.array2d[int],
    positions: wp.array[wp.vec3],
    rest_lengths: wp.array[float],
    actuation: wp.array[float],
    spring_stiffness: wp.array[float],
    particle_f: wp.array[wp.vec3],
    omega: float,
    time: float,
):
    tid = wp.tid()
    i = springs[tid, 0]
    j = springs[tid, 1]
    rest = rest_lengths[tid]
    k = spring_stiffness[tid]
    l0 = rest * (1.0 + actuation[tid] * wp.sin(omega * time))
    d = positions[j] - positions[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    f = dir * (k * (l - l0))
    wp.atomic_add(particle_f, i, f)
    wp.atomic_sub(particle_f, j, f)
