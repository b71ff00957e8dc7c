import warp as wp


@wp.kernel
def count_close_points(
    grid: wp.uint64,
    points: wp.array(dtype=wp.vec3),
    radii: wp.array(dtype=float),
    counts: wp.array(dtype=int),
):
    tid = wp.tid()
    # visit points in the grid's cell order for coherent memory access
    i = wp.hash_grid_point_id(grid, tid)
    x = points[i]
    r = radii[i]
    count = int(0)
    for j in wp.hash_grid_query(grid, x, r):
        if wp.length(x - points[j]) <= r:
            count += 1
    # the point itself was counted too
    counts[i] = count - 1
