import warp as wp


@wp.kernel
def upright_poses(poses: wp.array(dtype=wp.transform), body_q_out: wp.array(dtype=wp.transform)):
    tid = wp.tid()
    pose = poses[tid]
    p = wp.transform_get_translation(pose)
    wp.transform_set_translation(pose, wp.vec3(p[0], p[1], 0.0))
    body_q_out[tid] = pose
