import warp as wp


@wp.kernel
def query_boxes(
    bvh: wp.uint64,
    active: wp.array(dtype=int),
    positions: wp.array(dtype=wp.vec3),
    counts: wp.array(dtype=int),
    radius: float,
):
    tid = wp.tid()
    if active[tid] == 0:
        return
    pos = positions[tid]
    query = wp.bvh_query_sphere(bvh, pos, radius)
    bounds_nr = int(0)
    num_overlaps = int(0)
    while wp.bvh_query_next(query, bounds_nr):
        # every box overlaps itself
        if bounds_nr != tid:
            num_overlaps += 1
    counts[tid] = num_overlaps
