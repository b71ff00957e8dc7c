import warp as wp


@wp.kernel
def sum_nearby(
    scene_bvh: wp.uint64,
    points: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
    smoothing_length: float,
    force_out: wp.array[wp.vec3],
):
    """Neighbor interactions found through the BVH instead of a hash grid."""
    tid = wp.tid()
    x = points[tid]
    query = wp.bvh_query_aabb(scene_bvh, x - wp.vec3(smoothing_length), x + wp.vec3(smoothing_length))
    total = wp.vec3()
    index = int(0)
    while wp.bvh_query_next(query, index):
        if index != tid:
            f = forces[index]
            total += f
    force_out[tid] = total
