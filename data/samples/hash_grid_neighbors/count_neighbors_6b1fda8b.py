import warp as wp


@wp.kernel
def count_neighbors(
    grid: wp.uint64,
    positions: wp.array[wp.vec3],
    counts: wp.array[int],
    particle_radius: float,
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = positions[i]
    count = int(0)
    for j in wp.hash_grid_query(grid, x, particle_radius):
        if j != i and wp.length(x - positions[j]) <= particle_radius:
            count += 1
    counts[i] = count
