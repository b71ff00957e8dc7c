import warp as wp


@wp.kernel
def integrate_rigid_bodies(
    transforms: wp.array[wp.transform],
    twists: wp.array[wp.spatial_vector],
    velocities: wp.array[wp.vec3],
    wrenches: wp.array[wp.spatial_vector],
    inv_masses: wp.array[float],
    inertias: wp.array[wp.mat33],
    active_count: wp.int32,
    com: wp.vec3,
    inv_inertia: wp.mat33,
    delta_time: float,
    poses_out: wp.array[wp.transform],
    twists_out: wp.array[wp.spatial_vector],
):
    tid = wp.tid()
    if tid >= active_count:
        return
    v = velocities[tid]
    twist = wp.spatial_vector(wp.spatial_top(twists[tid]), v)
    wrench = wrenches[tid]
    inv_m = inv_masses[tid]
    I = inertias[tid]
    X_wb = transforms[tid]
    x0 = wp.transform_get_translation(X_wb)
    r0 = wp.transform_get_rotation(X_wb)
    w0 = wp.spatial_top(twist)
    v0 = wp.spatial_bottom(twist)
    t0 = wp.spatial_top(wrench)
    f0 = wp.spatial_bottom(wrench)
    x_com = x0 + wp.quat_rotate(r0, com)
    # linear part
    v1 = v0 + (f0 * inv_m + wp.vec3(0.0, -9.81, 0.0)) * delta_time
    x1 = x_com + v1 * delta_time
    # angular part, in the body frame
    wb = wp.quat_rotate_inv(r0, w0)
    tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)
    w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * delta_time)
    r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)
    poses_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)
    twists_out[tid] = wp.spatial_vector(w1, v1)
