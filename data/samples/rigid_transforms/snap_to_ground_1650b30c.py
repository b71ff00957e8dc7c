import warp as wp


@wp.kernel
def snap_to_ground(body_q: wp.array(dtype=wp.transform), body_q_out: wp.array(dtype=wp.transform)):
    """Remove roll and pitch from each pose, keeping its heading."""
    tid = wp.tid()
    X_wb = body_q[tid]
    pose = X_wb
    p = wp.transform_get_translation(pose)
    wp.transform_set_translation(pose, wp.vec3(p[0], p[1], 0.0))
    body_q_out[tid] = pose
