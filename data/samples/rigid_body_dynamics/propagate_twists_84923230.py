import warp as wp


@wp.kernel
def propagate_twists(
    body_qd: wp.array[wp.spatial_vector],
    joint_S_s: wp.array[wp.spatial_vector],
    joint_velocities: wp.array[float],
    body_f: wp.array[wp.spatial_vector],
    twists_out: wp.array[wp.spatial_vector],
    joint_bias: wp.array[wp.spatial_vector],
    body_f_out: wp.array[wp.spatial_vector],
    X_bs: wp.transform,
):
    """Child twist from the parent's through one joint, with the velocity-product bias acceleration and the child wrench seen by the parent."""
    tid = wp.tid()
    qd = body_qd[tid]
    S = joint_S_s[tid]
    qd_j = joint_velocities[tid]
    f_s = body_f[tid]
    v_j = S * qd_j
    v_child = wp.transform_twist(X_bs, qd) + v_j
    twists_out[tid] = v_child
    joint_bias[tid] = wp.spatial_cross(v_child, v_j)
    body_f_out[tid] = wp.transform_wrench(X_bs, f_s)
