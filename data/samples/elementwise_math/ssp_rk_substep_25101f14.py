import warp as wp


@wp.kernel
def ssp_rk_substep(
    q0: wp.array[wp.vec3],
    u: wp.array[wp.vec3],
    k: wp.array[wp.vec3],
    c2: float,
    c0: float,
    dt: float,
    u_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    u0 = q0[tid]
    dqdt = k[tid]
    u_out[tid] = c2 * u0 + c0 * (u[tid] + dt * dqdt)
