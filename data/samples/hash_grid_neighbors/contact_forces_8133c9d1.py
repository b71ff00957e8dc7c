import warp as wp


@wp.func
def hooke_force(k: float, anchor: wp.vec3, x: wp.vec3):
    return k * (anchor - x)


@wp.kernel
def contact_forces(
    grid: wp.uint64,
    item_count: wp.array[wp.int32],
    particle_flags: wp.array[wp.int32],
    particle_x: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    spring_stiffness: wp.array[float],
    anchors: wp.array[wp.vec3],
    particle_f: wp.array[wp.vec3],
):
    """Sum pairwise contributions from the neighbors within the query radius."""
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = particle_x[i]
    if i >= item_count[0] or particle_flags[i] == 0:
        return
    r = particle_radius[i]

    # accumulate the pair contributions
    total = wp.vec3()
    for j in wp.hash_grid_query(grid, x, r):
        if j != i:
            anchor = anchors[j]
            ke = spring_stiffness[j]
            total += hooke_force(ke, anchor, x)
    particle_f[i] = total
