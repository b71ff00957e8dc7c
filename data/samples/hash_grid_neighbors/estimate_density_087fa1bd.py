import warp as wp


@wp.func
def poly6(r: wp.vec3, h: float):
    d2 = wp.dot(r, r)
    if d2 >= h * h:
        return 0.0
    q = h * h - d2
    return q * q * q


@wp.kernel
def estimate_density(
    grid: wp.uint64,
    particle_x: wp.array[wp.vec3],
    particle_mass: wp.array[float],
    particle_radius: float,
    particle_rho: wp.array[float],
):
    """SPH density: a smoothing kernel summed over the neighbours."""
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = particle_x[i]
    mass = particle_mass[i]

    # sum the smoothing kernel over the neighbours
    rho = float(0.0)
    for j in wp.hash_grid_query(grid, x, particle_radius):
        rho += poly6(x - particle_x[j], particle_radius)
    particle_rho[i] = mass * rho * 315.0 / (64.0 * wp.pi * wp.pow(particle_radius, 9.0))
