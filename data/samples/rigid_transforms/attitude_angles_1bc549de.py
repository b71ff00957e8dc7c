import warp as wp


@wp.kernel
def attitude_angles(
    angles: wp.array(dtype=float),
    euler_out: wp.array(dtype=wp.vec3),
    angle: float,
):
    tid = wp.tid()
    theta = angles[tid]
    q = wp.quat_rpy(angle, theta, theta)
    euler_out[tid] = wp.quat_to_rpy(q)
