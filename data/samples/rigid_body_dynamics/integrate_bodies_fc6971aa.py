import warp as wp


@wp.kernel
def integrate_bodies(
    body_q: wp.array[wp.transform],
    body_vel: wp.array[wp.spatial_vector],
    particle_v: wp.array[wp.vec3],
    body_forces: wp.array[wp.spatial_vector],
    body_com: wp.array[wp.vec3],
    inv_mass: wp.array[float],
    body_inertia: wp.array[wp.mat33],
    body_inv_inertia: wp.array[wp.mat33],
    g: wp.vec3,
    delta_time: float,
    body_q_out: wp.array[wp.transform],
):
    tid = wp.tid()
    pose = body_q[tid]
    twist = body_vel[tid]
    vel = particle_v[tid]
    v_s = wp.spatial_vector(wp.spatial_top(twist), vel)
    wrench = body_forces[tid]
    inv_m = inv_mass[tid]
    I = body_inertia[tid]
    inv_inertia = body_inv_inertia[tid]
    x0 = wp.transform_get_translation(pose)
    r0 = wp.transform_get_rotation(pose)
    w0 = wp.spatial_top(v_s)
    v0 = wp.spatial_bottom(v_s)
    t0 = wp.spatial_top(wrench)
    f0 = wp.spatial_bottom(wrench)
    x_com = x0 + wp.quat_rotate(r0, body_com[tid])
    # linear part
    v1 = v0 + (f0 * inv_m + g) * delta_time
    x1 = x_com + v1 * delta_time
    # angular part, in the body frame
    wb = wp.quat_rotate_inv(r0, w0)
    tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)
    w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * delta_time)
    r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)
    body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, body_com[tid]), r1)
    body_vel[tid] = wp.spatial_vector(w1, v1)
