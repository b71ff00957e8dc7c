import warp as wp


@wp.kernel
def contact_forces(
    grid: wp.uint64,
    points: wp.array[wp.vec3],
    radii: wp.array[float],
    particle_f: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
):
    """Sum pairwise contributions from the neighbors within the query radius."""
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = points[i]
    radius = radii[i]
    total = wp.vec3()
    for j in wp.hash_grid_query(grid, x, radius):
        if j != i:
            total += particle_f[j]
    forces[i] = total
