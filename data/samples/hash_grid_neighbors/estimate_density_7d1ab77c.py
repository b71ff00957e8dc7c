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
    hash_grid: wp.uint64,
    points: wp.array(dtype=wp.vec3),
    masses: wp.array(dtype=float),
    particle_radius: float,
    rho_out: wp.array(dtype=float),
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(hash_grid, tid)
    x = points[i]
    m = masses[i]
    rho = float(0.0)
    for j in wp.hash_grid_query(hash_grid, x, particle_radius):
        rho += poly6(x - points[j], particle_radius)
    rho_out[i] = m * rho * 315.0 / (64.0 * wp.pi * wp.pow(particle_radius, 9.0))
