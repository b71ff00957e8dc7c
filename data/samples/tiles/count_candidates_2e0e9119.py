import warp as wp


TILE_THREADS = 64


@wp.kernel
def count_candidates(
    bvh: wp.uint64,
    lowers: wp.array(dtype=wp.vec3),
    uppers: wp.array(dtype=wp.vec3),
    num_hits: wp.array(dtype=int),
):
    i = wp.tid()
    query = wp.tile_bvh_query_aabb(bvh, lowers[i], uppers[i])
    while wp.tile_query_valid(query):
        # one result per thread; negative where a thread has none
        bound = wp.untile(wp.tile_bvh_query_next(query))
        if bound >= 0:
            wp.atomic_add(num_hits, bound, 1)
