import warp as wp


@wp.kernel
def contact_forces(
    grid: wp.uint64,
    points: wp.array[wp.vec3],
    v: wp.array[wp.vec3],
    radius: float,
    dt: float,
    k_spring: float,
    forces: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = points[i]

    # accumulate the pair contributions
    total = wp.vec3()
    for j in wp.hash_grid_query(grid, x, radius):
        if j != i:
            vel = v[j]

            # soft repulsion between overlapping particles
            offset = x - (x + vel * dt)
            distance = wp.length(offset)
            f = wp.vec3()
            if distance < 2.0 * radius and distance > 0.0:
                f = offset / distance * (k_spring * (2.0 * radius - distance))
            total += f
    forces[i] = total
