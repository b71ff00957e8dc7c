import warp as wp


@wp.kernel
def step_bodies(
    omega: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    torques: wp.array(dtype=wp.vec3),
    f_ext: wp.array(dtype=wp.vec3),
    inertias: wp.array(dtype=wp.mat33),
    inv_inertias: wp.array(dtype=wp.mat33),
    com: wp.vec3,
    inv_mass: float,
    dt: float,
    transforms: wp.array(dtype=wp.transform),
    body_qd_next: wp.array(dtype=wp.spatial_vector),
):
    tid = wp.tid()
    w = omega[tid]
    vel = v[tid]
    twist = wp.spatial_vector(w, vel)
    tau = torques[tid]
    force = f_ext[tid]
    body_force = wp.spatial_vector(tau, force)
    I_inv = inv_inertias[tid]
    X_wb = transforms[tid]
    x0 = wp.transform_get_translation(X_wb)
    r0 = wp.transform_get_rotation(X_wb)
    w0 = wp.spatial_top(twist)
    v0 = wp.spatial_bottom(twist)
    t0 = wp.spatial_top(body_force)
    f0 = wp.spatial_bottom(body_force)
    x_com = x0 + wp.quat_rotate(r0, com)
    # linear part
    v1 = v0 + (f0 * inv_mass + wp.vec3(0.0, -9.81, 0.0)) * dt
    x1 = x_com + v1 * dt
    # angular part, in the body frame
    wb = wp.quat_rotate_inv(r0, w0)
    tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertias[tid] @ wb)
    w1 = wp.quat_rotate(r0, wb + I_inv @ tb * dt)
    r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)
    transforms[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)
    body_qd_next[tid] = wp.spatial_vector(w1, v1)
