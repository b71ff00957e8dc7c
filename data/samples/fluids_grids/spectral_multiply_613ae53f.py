import warp as wp


@wp.kernel
def spectral_multiply(
    omega_hat: wp.array2d[wp.vec2],
    green: wp.array2d[float],
    result_hat: wp.array2d[wp.vec2],
):
    i, j = wp.tid()
    inv_k2 = green[i, j]
    result_hat[i, j] = -omega_hat[i, j] * inv_k2


@wp.kernel
def halo_copy(layer: wp.int32, volume: wp.array3d[wp.vec3], slot: wp.array2d[wp.vec3]):
    """Fill or copy one face layer of the 3D field."""
    i, j = wp.tid()
    slot[i, j] = volume[i, layer, j]


@wp.kernel
def extract_real_and_normalize(
    omega_hat: wp.array2d[wp.vec2],
    divisor: float,
    real_array: wp.array2d[float],
):
    """Extract and normalize the real part of a complex array."""
    i, j = wp.tid()
    real_array[i, j] = omega_hat[i, j][0] / divisor


@wp.kernel
def velocity_divergence(u: wp.array2d[float], v: wp.array2d[float], divergence: wp.array2d[float]):
    i, j = wp.tid()
    if i == u.shape[0] - 1:
        return
    if j == u.shape[1] - 1:
        return
    dx_term = (u[i + 1, j] - u[i, j]) * 0.5
    dy_term = (v[i, j + 1] - v[i, j]) * 0.5
    divergence[i, j] = dx_term + dy_term


@wp.kernel
def apply_source(delta_time: float, density: wp.array2d[float], source: wp.array2d[float]):
    i, j = wp.tid()
    s = source[i, j]
    density[i, j] += delta_time * s
