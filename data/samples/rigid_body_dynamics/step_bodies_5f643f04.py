import warp as wp


@wp.kernel
def step_bodies(
    parent_q: wp.array(dtype=wp.transform),
    body_qd: wp.array(dtype=wp.spatial_vector),
    torques: wp.array(dtype=wp.vec3),
    particle_f: wp.array(dtype=wp.vec3),
    body_com: wp.array(dtype=wp.vec3),
    body_inertia: wp.array(dtype=wp.mat33),
    shape_xform: wp.transform,
    inv_mass: float,
    gravity: wp.vec3,
    delta_time: float,
    body_q_out: wp.array(dtype=wp.transform),
):
    tid = wp.tid()
    X_wp = parent_q[tid]
    xform = wp.transform_multiply(X_wp, shape_xform)
    twist = body_qd[tid]
    torque = torques[tid]
    force = particle_f[tid]
    body_force = wp.spatial_vector(torque, force)
    com = body_com[tid]
    I = body_inertia[tid]
    x0 = wp.transform_get_translation(xform)
    r0 = wp.transform_get_rotation(xform)
    w0 = wp.spatial_top(twist)
    v0 = wp.spatial_bottom(twist)
    t0 = wp.spatial_top(body_force)
    f0 = wp.spatial_bottom(body_force)
    x_com = x0 + wp.quat_rotate(r0, com)
    # linear part
    v1 = v0 + (f0 * inv_mass + gravity) * delta_time
    x1 = x_com + v1 * delta_time
    # angular part, in the body frame
    wb = wp.quat_rotate_inv(r0, w0)
    tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)
    w1 = wp.quat_rotate(r0, wb + wp.inverse(I) @ tb * delta_time)
    r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)
    body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)
    body_qd[tid] = wp.spatial_vector(w1, v1)
