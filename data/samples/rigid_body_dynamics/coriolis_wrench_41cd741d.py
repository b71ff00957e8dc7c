import warp as wp


@wp.kernel
def coriolis_wrench(
    body_I_s: wp.array[wp.spatial_matrix],
    body_qd: wp.array[wp.spatial_vector],
    velocities: wp.array[wp.vec3],
    wrenches_out: wp.array[wp.spatial_vector],
):
    """Velocity-product (bias) wrench of each body: v x* (I v)."""
    tid = wp.tid()
    I_s = body_I_s[tid]
    qd = body_qd[tid]
    vel = velocities[tid]
    twist = wp.spatial_vector(wp.spatial_top(qd), vel)
    f = wp.spatial_cross_dual(twist, I_s @ twist)
    wrenches_out[tid] = wrenches_out[tid] + f
