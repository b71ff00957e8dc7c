import warp as wp


@wp.kernel
def integrate_particles(
    positions: wp.array(dtype=wp.vec3),
    velocities: wp.array(dtype=wp.vec3),
    gravity: wp.vec3,
    dt: float,
    new_positions: wp.array(dtype=wp.vec3),
    new_velocities: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    x = positions[tid]
    v = velocities[tid]
    accel = gravity
    v_next = v + accel * dt
    new_velocities[tid] = v_next
    new_positions[tid] = x + v_next * dt
