import warp as wp


@wp.kernel
def snap_to_ground(transforms: wp.array(dtype=wp.transform)):
    tid = wp.tid()
    xform = transforms[tid]
    pose = xform
    q = wp.transform_get_rotation(pose)
    fwd = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))
    yaw = wp.atan2(fwd[1], fwd[0])
    wp.transform_set_rotation(pose, wp.quat_rpy(0.0, 0.0, yaw))
    transforms[tid] = pose
