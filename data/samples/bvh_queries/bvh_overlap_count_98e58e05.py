import warp as wp


@wp.kernel
def bvh_overlap_count(
    bvh_id: wp.uint64,
    particle_x: wp.array[wp.vec3],
    counts: wp.array[int],
    smoothing_length: float,
):
    tid = wp.tid()
    extent = wp.vec3(smoothing_length)
    query = wp.bvh_query_aabb(bvh_id, particle_x[tid] - extent, particle_x[tid] + extent)
    bounds_nr = int(0)
    num_overlaps = int(0)
    while wp.bvh_query_next(query, bounds_nr):
        # every box overlaps itself
        if bounds_nr != tid:
            num_overlaps += 1
    counts[tid] = num_overlaps
