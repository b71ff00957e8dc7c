import warp as wp


@wp.kernel
def integrate_velocities(
    velocities: wp.array[float],
    accelerations: wp.array[float],
    active_count: int,
    delta_time: float,
    velocities_out: wp.array[float],
):
    tid = wp.tid()
    if tid >= active_count:
        return
    acc = accelerations[tid]
    delta = acc * delta_time
    velocities_out[tid] = velocities[tid] + delta
