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
    adjusted = wp.vec3(vel)
    if bool(False):
        adjusted = adjusted + vel
    axis_2 = vel
    cell_id = ((wp.abs(k) % 1024) * 31 + wp.abs(j) % 1024) % 4096
    out[i, j, k] = rho - dt * (rho - back) * wp.length(vel) + (wp.length(adjusted) + wp.length(axis_2) + float(cell_id))
