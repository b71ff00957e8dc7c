import warp as wp


@wp.kernel
def to_body_frame(
    item_count: wp.array[int],
    joint_q: wp.array[float],
    particle_v: wp.array[wp.vec3],
    yaw: wp.array[float],
    normals: wp.array[wp.vec3],
    directions: wp.array[wp.vec3],
):
    tid = wp.tid()
    if tid >= item_count[0]:
        return
    theta = joint_q[tid]
    v = particle_v[tid]
    n = normals[tid]
    directions[tid] = wp.quat_rotate(wp.quat_rpy(theta, wp.atan2(v[2], v[0]), yaw[tid]), n)
