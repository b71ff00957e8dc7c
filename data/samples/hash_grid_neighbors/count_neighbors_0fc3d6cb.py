import warp as wp


@wp.kernel
def count_neighbors(
    grid: wp.uint64,
    positions: wp.array[wp.vec3],
    num_neighbors: wp.array[wp.int32],
    particle_radius: float,
):
    """Number of other points within the radius of each point."""
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = positions[i]
    r_sq = particle_radius * particle_radius
    count = int(0)
    for j in wp.hash_grid_query(grid, x, particle_radius):
        if j != i and wp.dot(x - positions[j], x - positions[j]) <= r_sq:
            count += 1
    num_neighbors[i] = count
