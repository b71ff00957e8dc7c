import warp as wp


@wp.kernel
def apply_spectral_operator(
    omega_hat: wp.array2d(dtype=wp.vec2),
    green: wp.array2d(dtype=float),
    result_hat: wp.array2d(dtype=wp.vec2),
):
    i, j = wp.tid()
    inv_k2 = green[i, j]
    result_hat[i, j] = -omega_hat[i, j] * inv_k2
