import warp as wp


@wp.kernel
def quat_to_euler(
    angles: wp.array(dtype=float),
    scale: float,
    t: float,
    theta: float,
    euler_out: wp.array(dtype=wp.vec3),
):
    """Euler angles (radians) from quaternions."""
    tid = wp.tid()
    q = wp.quat_rpy(scale * t, theta, angles[tid])
    euler_out[tid] = wp.quat_to_rpy(q)
