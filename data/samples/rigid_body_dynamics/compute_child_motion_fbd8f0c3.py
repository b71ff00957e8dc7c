import warp as wp


@wp.kernel
def compute_child_motion(
    shape_transforms: wp.array[wp.transform],
    body_qd: wp.array[wp.spatial_vector],
    joint_S_s: wp.array[wp.spatial_vector],
    joint_qd: wp.array[float],
    body_torques: wp.array[wp.vec3],
    particle_f: wp.array[wp.vec3],
    body_qd_out: wp.array[wp.spatial_vector],
    joint_bias: wp.array[wp.spatial_vector],
    body_f_out: wp.array[wp.spatial_vector],
):
    tid = wp.tid()
    qd = body_qd[tid]
    S = joint_S_s[tid]
    tau = body_torques[tid]
    f = particle_f[tid]
    v_j = S * joint_qd[tid]
    v_child = wp.transform_twist(shape_transforms[tid], qd) + v_j
    body_qd_out[tid] = v_child
    joint_bias[tid] = wp.spatial_cross(v_child, v_j)
    body_f_out[tid] = wp.transform_wrench(shape_transforms[tid], wp.spatial_vector(tau, f))
