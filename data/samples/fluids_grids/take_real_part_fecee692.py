import warp as wp


@wp.kernel
def take_real_part(
    field_hat: wp.array2d(dtype=wp.vec2),
    divisor: float,
    real_array: wp.array2d(dtype=float),
    imag: wp.array2d(dtype=float),
):
    i, j = wp.tid()
    real_array[i, j] = field_hat[i, j][0] / divisor
    imag[i, j] = field_hat[i, j][1] / divisor


@wp.kernel
def sync_halo(volume: wp.array3d(dtype=float)):
    i, j = wp.tid()
    n = volume.shape[2]

    # zero-gradient walls: ghosts copy their interior neighbours
    volume[i, j, 0] = volume[i, j, 1]
    volume[i, j, n - 1] = volume[i, j, n - 2]
