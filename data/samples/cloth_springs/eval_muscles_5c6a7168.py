import warp as wp


@wp.kernel
def eval_muscles(
    spring_indices: wp.array2d[wp.int32],
    particle_x: wp.array[wp.vec3],
    spring_rest_length: wp.array[float],
    act_amp: wp.array[float],
    omega: float,
    time: float,
    stiffness: float,
    particle_f: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = spring_indices[tid, 0]
    j = spring_indices[tid, 1]
    rest = spring_rest_length[tid]
    act = act_amp[tid]

    # the muscle contracts and extends about its rest length
    l0 = rest * (1.0 + act * wp.cos(omega * time))
    d = particle_x[j] - particle_x[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    f = dir * (stiffness * (l - l0))
    wp.atomic_add(particle_f, i, f)
    wp.atomic_sub(particle_f, j, f)
