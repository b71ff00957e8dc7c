import warp as wp


@wp.kernel
def find_candidate_pairs(
    scene_bvh: wp.uint64,
    lowers: wp.array(dtype=wp.vec3),
    uppers: wp.array(dtype=wp.vec3),
    pair_count: wp.array(dtype=wp.int32),
    candidate_pairs: wp.array(dtype=wp.vec2i),
):
    tid = wp.tid()
    hi = uppers[tid]
    query = wp.bvh_query_aabb(scene_bvh, lowers[tid], hi)
    other = int(0)
    while wp.bvh_query_next(query, other):
        # each unordered pair once
        if other > tid:
            slot = wp.atomic_add(pair_count, 0, 1)
            if slot < candidate_pairs.shape[0]:
                candidate_pairs[slot] = wp.vec2i(tid, other)
