import warp as wp


@wp.kernel
def integrate_rigid_bodies(
    body_q: wp.array[wp.transform],
    body_vel: wp.array[wp.spatial_vector],
    velocities: wp.array[wp.vec3],
    body_f: wp.array[wp.spatial_vector],
    centers_of_mass: wp.array[wp.vec3],
    inv_mass: wp.array[float],
    inertias: wp.array[wp.mat33],
    body_q_next: wp.array[wp.transform],
    body_qd_out: wp.array[wp.spatial_vector],
    inv_inertia: wp.mat33,
    dt: float,
):
    tid = wp.tid()
    pose = body_q[tid]
    qd = body_vel[tid]
    v = velocities[tid]
    v_s = wp.spatial_vector(wp.spatial_top(qd), v)
    wrench = body_f[tid]
    com = centers_of_mass[tid]
    inv_m = inv_mass[tid]
    x0 = wp.transform_get_translation(pose)
    r0 = wp.transform_get_rotation(pose)
    w0 = wp.spatial_top(v_s)
    v0 = wp.spatial_bottom(v_s)
    t0 = wp.spatial_top(wrench)
    f0 = wp.spatial_bottom(wrench)
    x_com = x0 + wp.quat_rotate(r0, com)
    # linear part
    v1 = v0 + (f0 * inv_m + wp.vec3(0.0, -9.81, 0.0)) * dt
    x1 = x_com + v1 * dt
    # angular part, in the body frame
    wb = wp.quat_rotate_inv(r0, w0)
    tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertias[tid] @ wb)
    w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * dt)
    r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)
    body_q_next[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)
    body_qd_out[tid] = wp.spatial_vector(w1, v1)
