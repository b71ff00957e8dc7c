import warp as wp


@wp.kernel
def muscle_forces(
    spring_indices: wp.array2d[int],
    particle_x: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    theta: wp.array[float],
    force_out: wp.array[wp.vec3],
    rest_length: float,
    act_amp: float,
    freq: float,
    t: float,
    k_spring: float,
    damping: float,
):
    tid = wp.tid()
    i = spring_indices[tid, 0]
    j = spring_indices[tid, 1]
    phi = theta[tid]

    # the muscle contracts and extends about its rest length
    l0 = rest_length * (1.0 + act_amp * wp.cos(freq * t + phi))
    d = particle_x[j] - particle_x[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    dldt = wp.dot(velocities[j] - velocities[i], dir)
    f = dir * (k_spring * (l - l0) + damping * dldt)
    wp.atomic_add(force_out, i, f)
    wp.atomic_add(force_out, j, -f)
