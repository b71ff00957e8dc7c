import warp as wp


@wp.kernel
def child_in_parent(
    body_q: wp.array[wp.transform],
    root_xform: wp.transform,
    X_rel_out: wp.array[wp.transform],
    joint_rotvec: wp.array[wp.vec3],
):
    tid = wp.tid()
    X_rel = wp.transform_multiply(wp.transform_inverse(root_xform), body_q[tid])
    axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))
    X_rel_out[tid] = X_rel
    # rotation vector: axis scaled by the angle
    joint_rotvec[tid] = axis * angle
