import warp as wp


@wp.kernel
def step_positions(
    positions: wp.array(dtype=wp.vec3),
    velocities: wp.array(dtype=wp.vec3),
    dt: float,
    new_positions: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    v = velocities[tid]
    p = positions[tid] + v * dt
    new_positions[tid] = p + v * dt
