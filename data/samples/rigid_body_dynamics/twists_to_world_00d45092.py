import warp as wp


@wp.kernel
def twists_to_world(
    body_q: wp.array[wp.transform],
    body_qd: wp.array[wp.spatial_vector],
    body_qd_out: wp.array[wp.spatial_vector],
):
    tid = wp.tid()
    xform = body_q[tid]
    R = wp.quat_to_matrix(wp.transform_get_rotation(xform))
    p = wp.transform_get_translation(xform)
    Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)
    body_qd_out[tid] = Ad @ body_qd[tid]
