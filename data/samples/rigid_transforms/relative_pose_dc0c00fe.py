import warp as wp


@wp.kernel
def relative_pose(
    parent_q: wp.array[wp.transform],
    world_xform: wp.transform,
    X_rel_out: wp.array[wp.transform],
    joint_rotvec: wp.array[wp.vec3],
):
    tid = wp.tid()
    X_wp = parent_q[tid]
    X_rel = wp.transform_multiply(wp.transform_inverse(X_wp), world_xform)
    axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))
    X_rel_out[tid] = X_rel
    # rotation vector: axis scaled by the angle
    joint_rotvec[tid] = axis * angle
