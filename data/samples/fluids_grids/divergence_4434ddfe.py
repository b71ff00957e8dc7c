import warp as wp


@wp.kernel
def divergence(density: wp.array3d(dtype=float), velocity: wp.array3d(dtype=wp.vec3), dt: float, out: wp.array3d(dtype=float)):
    i, j, k = wp.tid()
    nx = density.shape[0]
    ny = density.shape[1]
    nz = density.shape[2]
    rho = density[i, j, k]
    vel = velocity[i, j, k]
    back = density[wp.clamp(i - 1, 0, nx - 1), wp.clamp(j - 1, 0, ny - 1), wp.clamp(k - 1, 0, nz - 1)]
    gap = wp.length(vel - wp.vec3(0.1, 0.25, 1.0))
    lo = float(dt)
    hi = float(gap)
    if lo > hi:
        lo = gap
        hi = dt
    range_width = hi - lo
    dist = wp.length(vel - wp.vec3(0.01))
    out[i, j, k] = rho - dt * (rho - back) * wp.length(vel) + (range_width + dist)
