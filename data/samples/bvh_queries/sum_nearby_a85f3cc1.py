import warp as wp


@wp.kernel
def sum_nearby(
    scene_bvh: wp.uint64,
    positions: wp.array[wp.vec3],
    radii: wp.array[float],
    f_ext: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
):
    tid = wp.tid()
    x = positions[tid]
    query = wp.bvh_query_aabb(scene_bvh, x - wp.vec3(radii[tid]), x + wp.vec3(radii[tid]))
    total = wp.vec3()
    index = int(0)
    while wp.bvh_query_next(query, index):
        if index != tid:
            f = f_ext[index]
            total += f
    forces[tid] = total
