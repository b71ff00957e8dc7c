import warp as wp


@wp.kernel
def sum_nearby(
    bvh: wp.uint64,
    x: wp.array[wp.vec3],
    radii: wp.array[float],
    f_ext: wp.array[wp.vec3],
    force_out: wp.array[wp.vec3],
):
    """Neighbor interactions found through the BVH instead of a hash grid."""
    tid = wp.tid()
    p = x[tid]
    radius = radii[tid]
    query = wp.bvh_query_aabb(bvh, p - wp.vec3(radius), p + wp.vec3(radius))
    total = wp.vec3()
    index = int(0)
    while wp.bvh_query_next(query, index):
        if index != tid:
            total += f_ext[index]
    force_out[tid] = total
