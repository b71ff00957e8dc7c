import warp as wp


@wp.kernel
def apply_pair_forces(
    hash_grid: wp.uint64,
    points: wp.array[wp.vec3],
    radii: wp.array[float],
    forces: wp.array[wp.vec3],
    particle_f: wp.array[wp.vec3],
):
    """Sum pairwise contributions from the neighbors within the query radius."""
    tid = wp.tid()
    i = wp.hash_grid_point_id(hash_grid, tid)
    x = points[i]
    r = radii[i]
    total = wp.vec3()
    for j in wp.hash_grid_query(hash_grid, x, r):
        if j != i:
            force = forces[j]
            total += force
    particle_f[i] = total
