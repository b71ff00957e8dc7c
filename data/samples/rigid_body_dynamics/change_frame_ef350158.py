import warp as wp


@wp.kernel
def change_frame(
    body_q: wp.array[wp.transform],
    body_w: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    body_qd_out: wp.array[wp.spatial_vector],
):
    tid = wp.tid()
    pose = body_q[tid]
    w = body_w[tid]
    v = particle_v[tid]
    R = wp.quat_to_matrix(wp.transform_get_rotation(pose))
    p = wp.transform_get_translation(pose)
    # Ad_X = [[R, 0], [skew(p) R, R]]
    Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)
    body_qd_out[tid] = Ad @ wp.spatial_vector(w, v)
