import warp as wp


@wp.kernel
def keep_yaw_only(poses: wp.array[wp.transform], body_q_next: wp.array[wp.transform]):
    """Stand bodies upright: the rotation keeps only its yaw; the height may be snapped to the ground."""
    tid = wp.tid()
    pose = poses[tid]
    q = wp.transform_get_rotation(pose)
    rpy = wp.quat_to_rpy(q)
    yaw = rpy[2]
    wp.transform_set_rotation(pose, wp.quat_rpy(0.0, 0.0, yaw))
    body_q_next[tid] = pose
