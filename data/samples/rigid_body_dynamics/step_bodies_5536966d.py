import warp as wp


@wp.kernel
def step_bodies(
    xform_matrices: wp.array[wp.mat44],
    body_qd: wp.array[wp.spatial_vector],
    body_f: wp.array[wp.spatial_vector],
    com: wp.array[wp.vec3],
    body_inv_inertia: wp.array[wp.mat33],
    body_q_out: wp.array[wp.transform],
    body_qd_out: wp.array[wp.spatial_vector],
    inv_mass: float,
    inertia: wp.mat33,
    g: wp.vec3,
    dt: float,
):
    tid = wp.tid()
    model = xform_matrices[tid]
    tf = wp.transform_from_matrix(model)
    qd = body_qd[tid]
    r_com = com[tid]
    inv_I = body_inv_inertia[tid]
    x0 = wp.transform_get_translation(tf)
    r0 = wp.transform_get_rotation(tf)
    w0 = wp.spatial_top(qd)
    v0 = wp.spatial_bottom(qd)
    f_s = body_f[tid]
    t0 = wp.spatial_top(f_s)
    f0 = wp.spatial_bottom(f_s)
    x_com = x0 + wp.quat_rotate(r0, r_com)
    # linear part
    v1 = v0 + (f0 * inv_mass + g) * dt
    x1 = x_com + v1 * dt
    # angular part, in the body frame
    wb = wp.quat_rotate_inv(r0, w0)
    tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertia @ wb)
    w1 = wp.quat_rotate(r0, wb + inv_I @ tb * dt)
    r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)
    body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, r_com), r1)
    body_qd_out[tid] = wp.spatial_vector(w1, v1)
