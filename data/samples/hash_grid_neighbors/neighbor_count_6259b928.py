import warp as wp


@wp.kernel
def neighbor_count(
    grid: wp.uint64,
    positions: wp.array(dtype=wp.vec3),
    radii: wp.array(dtype=float),
    counts: wp.array(dtype=int),
):
    tid = wp.tid()
    # visit points in the grid's cell order for coherent memory access
    i = wp.hash_grid_point_id(grid, tid)
    x = positions[i]

    # count neighbours inside the radius, not the point itself
    count = int(0)
    for j in wp.hash_grid_query(grid, x, radii[i]):
        if j != i and wp.length(x - positions[j]) <= radii[i]:
            count += 1
    counts[i] = count
