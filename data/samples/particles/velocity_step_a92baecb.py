import warp as wp


@wp.func
def drag_force(v: wp.vec3, kd: float):
    return -kd * v


@wp.kernel
def velocity_step(
    v: wp.array[wp.vec3],
    inv_masses: wp.array[float],
    v_out: wp.array[wp.vec3],
    k_damp: float,
    dt: float,
):
    """v <- v + a * dt for every particle."""
    tid = wp.tid()
    vel = v[tid]
    a = drag_force(vel, k_damp) * inv_masses[tid]
    v_out[tid] = vel + a * dt
