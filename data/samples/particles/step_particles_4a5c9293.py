import warp as wp


@wp.kernel
def step_particles(
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
    triple = wp.vec3(dt, float(10.0), float(3.0))
    composed = wp.vec3(dt, float(0.75), float(0.9))
    offset_2 = v
    accel = gravity + triple + composed + offset_2
    v_next = v + accel * dt
    new_velocities[tid] = v_next
    new_positions[tid] = x + v_next * dt
