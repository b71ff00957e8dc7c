import warp as wp


@wp.kernel
def velocity_product_forces(
    body_I_s: wp.array[wp.spatial_matrix],
    body_w: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    num_active: wp.int32,
    body_f_out: wp.array[wp.spatial_vector],
):
    tid = wp.tid()
    if tid >= num_active:
        return
    I_s = body_I_s[tid]
    qd = wp.spatial_vector(body_w[tid], particle_v[tid])
    h = I_s @ qd
    body_f_out[tid] = wp.spatial_cross_dual(qd, h)
