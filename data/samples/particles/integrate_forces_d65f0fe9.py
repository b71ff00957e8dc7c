import warp as wp


@wp.kernel
def integrate_forces(
    velocities: wp.array[wp.vec2],
    positions: wp.array[wp.vec2],
    rest_lengths: wp.array[float],
    inv_mass: wp.array[float],
    v_out: wp.array[wp.vec2],
    anchor: wp.vec2,
    ke: float,
    delta_time: float,
):
    """Turn each particle's force into a change of velocity."""
    tid = wp.tid()
    x = positions[tid]
    delta = anchor - x
    d = wp.length(delta)
    f = wp.normalize(delta) * (ke * (d - rest_lengths[tid]))
    inv_m = inv_mass[tid]
    v_out[tid] = velocities[tid] + delta_time * inv_m * f
