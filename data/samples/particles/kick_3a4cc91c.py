import warp as wp


@wp.kernel
def kick(
    v: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
    inv_mass: wp.array[float],
    v_out: wp.array[wp.vec3],
    delta_time: float,
):
    tid = wp.tid()
    w = inv_mass[tid]
    delta = forces[tid] * w * delta_time
    v_out[tid] = v[tid] + delta
