import warp as wp


@wp.kernel
def orientation_angles(
    axes: wp.array[wp.vec3],
    angles: wp.array[float],
    rpy_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    axis = axes[tid]
    angle = angles[tid]
    q = wp.quat_from_axis_angle(axis, angle)
    rpy_out[tid] = wp.quat_to_rpy(q)
