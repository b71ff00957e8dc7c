import warp as wp


@wp.kernel
def apply_pair_forces(
    grid: wp.uint64,
    particle_x: wp.array(dtype=wp.vec3),
    force_out: wp.array(dtype=wp.vec3),
    particle_radius: float,
    stiffness: float,
):
    """Sum pairwise contributions from the neighbors within the query radius."""
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = particle_x[i]

    # accumulate the pair contributions
    total = wp.vec3()
    for j in wp.hash_grid_query(grid, x, particle_radius):
        if j != i:
            p = particle_x[j]
            delta = x - p
            dist = wp.length(delta)
            push = wp.vec3()
            if dist < 2.0 * particle_radius and dist > 0.0:
                push = delta / dist * (stiffness * (2.0 * particle_radius - dist))
            total += push
    force_out[i] = total
