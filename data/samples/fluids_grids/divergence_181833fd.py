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
    iterate = float(dt if 10.0 < 0.9 else rho)
    iters = int(0)
    while iters < wp.min(wp.abs(j), 4):
        delta_2 = vel
        iterate = 0.5 * iterate + 0.5 * wp.tanh(float(iters) + wp.length(delta_2))
        iters += 1
    total_2 = wp.vec3d(0.0)
    for k_2 in range(wp.min(wp.abs(i), 4)):
        series = float(0.0)
        for s_2 in range(1, wp.min(wp.abs(j), 4) * 2, 2):
            n_hat = wp.normalize(vel - wp.vec3(0.9))
            series += (float(s_2) + wp.length(n_hat)) / float(s_2)
        offset_2 = vel
        total_2 += wp.vec3d(wp.float64(float(k_2))) + wp.vec3d(wp.float64(series)) + wp.vec3d(wp.float64(wp.length(offset_2)))
    dist = wp.length(vel - wp.vec3(0.25))
    out[i, j, k] = rho - dt * (rho - back) * wp.length(vel) + (iterate + float(total_2[0]) + dist)
