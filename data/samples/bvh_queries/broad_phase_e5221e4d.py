import warp as wp


@wp.kernel
def broad_phase(bvh: wp.uint64, centers: wp.array(dtype=wp.vec3), extent: float, counts: wp.array(dtype=float)):
    tid = wp.tid()
    c = centers[tid]
    masked_sum = float(0.0)
    for m_2 in range(wp.min(wp.abs(tid), 8)):
        if extent > float(0.75):
            overlaps = float(0.0)
            box_query = wp.bvh_query_aabb(bvh, c - wp.vec3(wp.abs(extent)), c + wp.vec3(wp.abs(extent)))
            leaf = int(0)
            while wp.bvh_query_next(box_query, leaf):
                overlaps += 1.0
            picked = overlaps
        else:
            picked = extent
        if (float(m_2) + picked) < 0.0:
            continue
        masked_sum += (float(m_2) + picked)
    radius_2 = wp.length(c - wp.cw_mul(wp.vec3(4.0, 0.5, 0.9), wp.vec3(4.0, 0.25, 1.5) * extent))
    u2 = wp.mat22()
    s2 = wp.vec2()
    v2 = wp.mat22()
    wp.svd2(wp.mat22(0.1, 4.0, 0.25, 0.75) + (wp.identity(n=2, dtype=float) * extent), u2, s2, v2)
    stretch = u2 * s2
    counts[tid] = masked_sum + radius_2 + wp.length(stretch)
