import warp as wp


TILE_THREADS = 64


@wp.kernel
def count_candidates(
    bvh_id: wp.uint64,
    positions: wp.array[wp.vec3],
    hit_counts: wp.array[int],
    radius: float,
):
    i = wp.tid()
    x = positions[i]
    extent = wp.vec3(radius)
    query = wp.tile_bvh_query_aabb(bvh_id, x - extent, x + extent)
    while wp.tile_query_valid(query):
        # one result per thread; negative where a thread has none
        bound = wp.untile(wp.tile_bvh_query_next(query))
        if bound >= 0:
            wp.atomic_add(hit_counts, i, 1)
