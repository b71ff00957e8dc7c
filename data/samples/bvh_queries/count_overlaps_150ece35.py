import warp as wp


@wp.kernel
def count_overlaps(
    bvh: wp.uint64,
    active: wp.array(dtype=int),
    positions: wp.array(dtype=wp.vec3),
    hit_counts: wp.array(dtype=int),
    radius: float,
):
    """Broad-phase neighbor count per item."""
    tid = wp.tid()
    if active[tid] == 0:
        return
    x = positions[tid]
    query = wp.bvh_query_sphere(bvh, x, radius)
    bounds_nr = int(0)
    num_overlaps = int(0)
    while wp.bvh_query_next(query, bounds_nr):
        # every box overlaps itself
        if bounds_nr != tid:
            num_overlaps += 1
    hit_counts[tid] = num_overlaps
