import warp as wp


@wp.kernel
def integrate_bodies(
    flags: wp.array[int],
    poses: wp.array[wp.transform],
    body_qd: wp.array[wp.spatial_vector],
    body_f: wp.array[wp.spatial_vector],
    body_com: wp.array[wp.vec3],
    particle_inv_mass: wp.array[float],
    inertias: wp.array[wp.mat33],
    body_inv_inertia: wp.array[wp.mat33],
    body_qd_next: wp.array[wp.spatial_vector],
    time_step: float,
):
    tid = wp.tid()
    if flags[tid] != 1:
        return
    tf = poses[tid]
    wrench = body_f[tid]
    r_com = body_com[tid]
    inv_mass = particle_inv_mass[tid]
    x0 = wp.transform_get_translation(tf)
    r0 = wp.transform_get_rotation(tf)
    qd_s = body_qd[tid]
    w0 = wp.spatial_top(qd_s)
    v0 = wp.spatial_bottom(qd_s)
    t0 = wp.spatial_top(wrench)
    f0 = wp.spatial_bottom(wrench)
    x_com = x0 + wp.quat_rotate(r0, r_com)
    # linear part
    v1 = v0 + (f0 * inv_mass + wp.vec3(0.0, -9.81, 0.0)) * time_step
    x1 = x_com + v1 * time_step
    # angular part, in the body frame
    wb = wp.quat_rotate_inv(r0, w0)
    tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertias[tid] @ wb)
    w1 = wp.quat_rotate(r0, wb + body_inv_inertia[tid] @ tb * time_step)
    r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * time_step)
    poses[tid] = wp.transform(x1 - wp.quat_rotate(r1, r_com), r1)
    body_qd_next[tid] = wp.spatial_vector(w1, v1)
