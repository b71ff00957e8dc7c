import warp as wp


@wp.kernel
def count_neighbors(
    scene_bvh: wp.uint64,
    positions: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    hit_counts: wp.array[int],
):
    tid = wp.tid()
    extent = wp.vec3(particle_radius[tid])
    query = wp.bvh_query_aabb(scene_bvh, positions[tid] - extent, positions[tid] + extent)
    bounds_nr = int(0)
    num_overlaps = int(0)
    while wp.bvh_query_next(query, bounds_nr):
        # every box overlaps itself
        if bounds_nr != tid:
            num_overlaps += 1
    hit_counts[tid] = num_overlaps
