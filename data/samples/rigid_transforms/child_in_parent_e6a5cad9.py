import warp as wp


@wp.kernel
def child_in_parent(
    parent_q: wp.array[wp.transform],
    transforms: wp.array[wp.transform],
    X_rel_out: wp.array[wp.transform],
    rotvec_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    X_wb = transforms[tid]
    X_rel = wp.transform_multiply(wp.transform_inverse(parent_q[tid]), X_wb)
    axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))
    X_rel_out[tid] = X_rel
    # rotation vector: axis scaled by the angle
    rotvec_out[tid] = axis * angle
