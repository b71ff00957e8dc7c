import warp as wp


@wp.kernel
def particle_pair_forces(
    hash_grid: wp.uint64,
    active_count: wp.array[wp.int32],
    mask: wp.array[wp.int32],
    points: wp.array[wp.vec3],
    force_out: wp.array[wp.vec3],
    cutoff: float,
    stiffness: float,
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(hash_grid, tid)
    if i == -1:
        return
    x = points[i]
    flag = mask[i]
    if i >= active_count[0] or flag == 0:
        return
    total = wp.vec3()
    for j in wp.hash_grid_query(hash_grid, x, cutoff):
        if j == i:
            continue
        d = x - points[j]
        dist = wp.length(d)
        if dist >= cutoff or dist == 0.0:
            continue
        n = d / dist
        overlap = cutoff - dist
        fn = stiffness * overlap
        total += n * fn
    force_out[i] += total
