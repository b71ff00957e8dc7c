import warp as wp


@wp.kernel
def spectral_multiply(
    omega_hat: wp.array2d[wp.vec2],
    inv_k_sq: wp.array2d[float],
    psi_hat: wp.array2d[wp.vec2],
):
    i, j = wp.tid()
    inv_k2 = inv_k_sq[i, j]
    # laplacian(psi) = -omega: divide by -|k|^2
    psi_hat[i, j] = -omega_hat[i, j] * inv_k2
