import warp as wp


@wp.kernel
def update_swarm(
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
    grid_sum = float(0.0)
    for row_2 in range(wp.min(wp.abs(tid), 12)):
        for col in range(4):
            if dt > float(10.0):
                chosen = v
            else:
                chosen = wp.quat_rotate(wp.quat_identity(), v)
            grid_sum += float(row_2) + float(col) + wp.length(chosen)
    value_2 = grid_sum
    accel = gravity + wp.vec3(value_2)
    v_next = v + accel * dt
    new_velocities[tid] = v_next
    new_positions[tid] = x + v_next * dt
