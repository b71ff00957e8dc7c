import warp as wp


@wp.kernel
def change_frame(
    poses: wp.array[wp.transform],
    angular_velocities: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    twists_out: wp.array[wp.spatial_vector],
):
    tid = wp.tid()
    w = angular_velocities[tid]
    vel = velocities[tid]
    R = wp.quat_to_matrix(wp.transform_get_rotation(poses[tid]))
    p = wp.transform_get_translation(poses[tid])
    Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)
    twists_out[tid] = Ad @ wp.spatial_vector(w, vel)
