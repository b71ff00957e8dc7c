import warp as wp


@wp.kernel
def local_spacing(
    grid: wp.uint64,
    particle_x: wp.array[wp.vec3],
    particle_radius: float,
    spacing: wp.array[float],
):
    """Mean distance to the neighbours within the radius: the local particle spacing."""
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = particle_x[i]
    query = wp.hash_grid_query(grid, x, particle_radius)
    j = int(0)
    total = float(0.0)
    count = float(0.0)
    while wp.hash_grid_query_next(query, j):
        r = wp.length(particle_x[j] - x)
        if j != i and r < particle_radius:
            w = wp.pow(1.0 - r / particle_radius, 3.0)
            total += w * r
            count += w
    spacing[i] = wp.where(count > 0.0, total / wp.max(count, 1.0e-6), 0.0)
