import warp as wp


@wp.kernel
def seed_vortices(h: float, velocity_out: wp.array2d[wp.vec2]):
    """Divergence-free initial flow from sines and cosines."""
    i, j = wp.tid()
    velocity_out[i, j] = wp.vec2(wp.sin(float(i) * h) * wp.cos(float(j) * h), -wp.cos(float(i) * h) * wp.sin(float(j) * h))


@wp.kernel
def apply_forces(
    density: wp.array2d[float],
    gravity: wp.vec2,
    time_step: float,
    velocity_out: wp.array2d[wp.vec2],
):
    i, j = wp.tid()
    vel = velocity_out[i, j]
    rho = density[i, j]
    velocity_out[i, j] = vel + time_step * (gravity * rho)


@wp.func
def sample_float(f: wp.array2d[float], p: wp.vec2):
    x = p[0]
    y = p[1]
    # keep the point inside the grid
    x = wp.clamp(x, 0.0, float(f.shape[0] - 1))
    y = wp.clamp(y, 0.0, float(f.shape[1] - 1))
    return f[int(wp.round(x)), int(wp.round(y))]


@wp.kernel
def semi_lagrangian_advect(
    velocity_out: wp.array2d[wp.vec2],
    density: wp.array2d[float],
    time_step: float,
    h: float,
    decay: float,
    density_out: wp.array2d[float],
):
    i, j = wp.tid()
    inv_dx = 1.0 / h
    p = wp.vec2(float(i), float(j)) - velocity_out[i, j] * (time_step * inv_dx)
    density_out[i, j] = sample_float(density, p) * wp.exp(-decay * time_step)


@wp.kernel
def integrate(
    gravity_vec: wp.vec2,
    fade: float,
    time_step: float,
    velocity: wp.array2d[wp.vec2],
    rho: wp.array2d[float],
):
    i, j = wp.tid()
    f_g = gravity_vec * rho[i, j]
    velocity[i, j] = velocity[i, j] + time_step * f_g
    rho[i, j] = rho[i, j] * (1.0 - fade * time_step)
