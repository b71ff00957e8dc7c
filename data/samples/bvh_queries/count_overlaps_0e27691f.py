import warp as wp


@wp.kernel
def count_overlaps(
    bvh_id: wp.uint64,
    points: wp.array[wp.vec3],
    hit_counts: wp.array[int],
    radius: float,
):
    tid = wp.tid()
    query = wp.bvh_query_sphere(bvh_id, points[tid], radius)
    bounds_nr = int(0)
    num_overlaps = int(0)
    while wp.bvh_query_next(query, bounds_nr):
        # every box overlaps itself
        if bounds_nr != tid:
            num_overlaps += 1
    hit_counts[tid] = num_overlaps
