import warp as wp


@wp.kernel
def query_boxes(
    bvh_id: wp.uint64,
    positions: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    num_hits: wp.array[int],
):
    tid = wp.tid()
    x = positions[tid]
    extent = wp.vec3(particle_radius[tid])
    query = wp.bvh_query_aabb(bvh_id, x - extent, x + extent)
    bounds_nr = int(0)
    num_overlaps = int(0)
    while wp.bvh_query_next(query, bounds_nr):
        # every box overlaps itself
        if bounds_nr != tid:
            num_overlaps += 1
    num_hits[tid] = num_overlaps
