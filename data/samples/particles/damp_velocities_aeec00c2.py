import warp as wp


@wp.kernel
def damp_velocities(
    particle_v: wp.array[wp.vec3],
    spring_damping: wp.array[float],
    num_active: wp.int32,
    delta_time: float,
    new_velocities: wp.array[wp.vec3],
):
    tid = wp.tid()
    if tid >= num_active:
        return
    v = particle_v[tid]
    new_velocities[tid] = v * (1.0 - spring_damping[tid] * delta_time)
