import warp as wp


@wp.kernel
def bvh_overlap_count(
    bvh_id: wp.uint64,
    active: wp.array(dtype=int),
    x: wp.array(dtype=wp.vec3),
    particle_radius: float,
    hit_counts: wp.array(dtype=int),
):
    tid = wp.tid()
    if active[tid] != 1:
        return
    extent = wp.vec3(particle_radius)
    query = wp.bvh_query_aabb(bvh_id, x[tid] - extent, x[tid] + extent)
    bounds_nr = int(0)
    num_overlaps = int(0)
    while wp.bvh_query_next(query, bounds_nr):
        # every box overlaps itself
        if bounds_nr != tid:
            num_overlaps += 1
    hit_counts[tid] = num_overlaps
