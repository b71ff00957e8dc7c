import warp as wp


@wp.kernel
def apply_pose(
    poses: wp.array[wp.transform],
    vertices: wp.array[wp.vec3],
    active_count: wp.int32,
    points_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    if tid >= active_count:
        return
    pose = poses[tid]
    p = vertices[tid]
    points_out[tid] = wp.transform_point(pose, p)
