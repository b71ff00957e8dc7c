import warp as wp


@wp.kernel
def neighbor_count(
    hash_grid: wp.uint64,
    positions: wp.array[wp.vec3],
    radii: wp.array[float],
    neighbor_counts: wp.array[wp.int32],
):
    tid = wp.tid()
    i = tid
    x = positions[i]
    radius = radii[i]
    r_sq = radius * radius
    count = int(0)
    for j in wp.hash_grid_query(hash_grid, x, radius):
        if wp.length_sq(x - positions[j]) <= r_sq:
            count += 1
    neighbor_counts[i] = count - 1
