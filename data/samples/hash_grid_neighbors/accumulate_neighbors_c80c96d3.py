import warp as wp


@wp.kernel
def accumulate_neighbors(
    grid: wp.uint64,
    positions: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    force_out: wp.array[wp.vec3],
    radius: float,
    kd: float,
):
    """Sum pairwise contributions from the neighbors within the query radius."""
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = positions[i]
    total = wp.vec3()
    for j in wp.hash_grid_query(grid, x, radius):
        if j != i:
            vel = particle_v[j]
            total += -kd * vel
    force_out[i] = total
