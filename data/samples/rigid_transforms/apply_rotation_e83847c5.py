import warp as wp


@wp.kernel
def apply_rotation(
    velocities: wp.array[wp.vec3],
    normals: wp.array[wp.vec3],
    spin_axis: wp.vec3,
    directions: wp.array[wp.vec3],
):
    """Directions from one frame to the other."""
    tid = wp.tid()
    vel = velocities[tid]
    directions[tid] = wp.quat_rotate(wp.quat_from_axis_angle(spin_axis, wp.atan2(vel[1], vel[0])), normals[tid])
