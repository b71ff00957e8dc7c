import warp as wp


@wp.kernel
def bvh_broadphase(
    scene_bvh: wp.uint64,
    bounds_lower: wp.array[wp.vec3],
    aabb_max: wp.array[wp.vec3],
    pair_count: wp.array[int],
    candidate_pairs: wp.array[wp.vec2i],
):
    tid = wp.tid()
    query = wp.bvh_query_aabb(scene_bvh, bounds_lower[tid], aabb_max[tid])
    other = int(0)
    while wp.bvh_query_next(query, other):
        # each unordered pair once
        if other > tid:
            slot = wp.atomic_add(pair_count, 0, 1)
            if slot < candidate_pairs.shape[0]:
                candidate_pairs[slot] = wp.vec2i(tid, other)
