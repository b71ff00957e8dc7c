import warp as wp


@wp.kernel
def body_semi_implicit_euler(
    particle_x: wp.array[wp.vec3],
    body_rot: wp.array[wp.quat],
    body_qd: wp.array[wp.spatial_vector],
    body_torques: wp.array[wp.vec3],
    particle_q_prev: wp.array[wp.vec3],
    particle_inv_mass: wp.array[float],
    body_inertia: wp.array[wp.mat33],
    dt: float,
    kd: float,
    com: wp.vec3,
    inv_inertia: wp.mat33,
    g: wp.vec3,
    body_q_out: wp.array[wp.transform],
    body_qd_next: wp.array[wp.spatial_vector],
):
    tid = wp.tid()
    x = particle_x[tid]
    q = body_rot[tid]
    xform = wp.transform(x, q)
    qd = body_qd[tid]
    x_prev = particle_q_prev[tid]
    body_force = wp.spatial_vector(body_torques[tid], -kd * ((x - x_prev) / dt))
    inertia = body_inertia[tid]
    x0 = wp.transform_get_translation(xform)
    r0 = wp.transform_get_rotation(xform)
    w0 = wp.spatial_top(qd)
    v0 = wp.spatial_bottom(qd)
    t0 = wp.spatial_top(body_force)
    f0 = wp.spatial_bottom(body_force)
    x_com = x0 + wp.quat_rotate(r0, com)
    # linear part
    v1 = v0 + (f0 * particle_inv_mass[tid] + g) * dt
    x1 = x_com + v1 * dt
    # angular part, in the body frame
    wb = wp.quat_rotate_inv(r0, w0)
    tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertia @ wb)
    w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * dt)
    r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)
    body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)
    body_qd_next[tid] = wp.spatial_vector(w1, v1)
