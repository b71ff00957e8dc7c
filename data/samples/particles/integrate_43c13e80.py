import warp as wp


@wp.kernel
def integrate(
    positions: wp.array(dtype=wp.vec2),
    v: wp.array(dtype=wp.vec2),
    forces: wp.array(dtype=wp.vec2),
    inv_mass: wp.array(dtype=float),
    v_out: wp.array(dtype=wp.vec2),
    delta_time: float,
    gravity: wp.vec2,
):
    tid = wp.tid()
    vel = v[tid]
    force = forces[tid]
    inv_m = inv_mass[tid]
    v_new = vel + (gravity + force * inv_m) * delta_time
    v_out[tid] = v_new
    positions[tid] = (positions[tid] + vel * delta_time) + v_new * delta_time
