import warp as wp


@wp.kernel
def integrate_particles(
    positions: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    particle_f: wp.array[wp.vec3],
    masses: wp.array[float],
    new_positions: wp.array[wp.vec3],
    gravity: wp.vec3,
    time_step: float,
):
    tid = wp.tid()
    force = particle_f[tid]
    m = masses[tid]

    # semi-implicit Euler: velocity first, then position
    v_new = (velocities[tid] + (gravity + force * (1.0 / m)) * time_step) + gravity * time_step
    velocities[tid] = v_new
    new_positions[tid] = positions[tid] + v_new * time_step
