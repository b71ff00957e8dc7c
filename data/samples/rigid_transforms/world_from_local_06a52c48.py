import warp as wp


@wp.kernel
def world_from_local(points: wp.array(dtype=wp.vec3), rotations: wp.array(dtype=wp.quat), poses: wp.array(dtype=wp.transform), out_points: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    p = points[tid]
    rot = rotations[tid]
    pose = poses[tid]
    out_points[tid] = wp.transform_point(pose, wp.quat_rotate(rot, p)) + p
