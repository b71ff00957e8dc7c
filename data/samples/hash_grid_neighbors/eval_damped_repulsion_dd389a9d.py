import warp as wp


@wp.kernel
def eval_damped_repulsion(
    hash_grid: wp.uint64,
    positions: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    search_radius: float,
    stiffness: float,
    damping: float,
    force_out: wp.array[wp.vec3],
):
    """Pair forces of each particle's overlapping neighbours, summed once per particle."""
    tid = wp.tid()
    i = wp.hash_grid_point_id(hash_grid, tid)
    if i == -1:
        return
    x = positions[i]
    v_i = velocities[i]
    total = wp.vec3()
    for j in wp.hash_grid_query(hash_grid, x, search_radius):
        if j == i:
            continue
        d = x - positions[j]
        dist = wp.length(d)
        if dist >= search_radius or dist == 0.0:
            continue
        n = d / dist
        overlap = search_radius - dist
        fn = stiffness * overlap
        fn -= damping * wp.dot(v_i - velocities[j], n)
        total += n * fn
    force_out[i] = total
