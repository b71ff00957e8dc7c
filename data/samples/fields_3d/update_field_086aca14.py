import warp as wp


@wp.kernel
def update_field(
    field: wp.array3d(dtype=float),
    emission: wp.array3d(dtype=float),
    fade: float,
    dt: float,
):
    i, j, k = wp.tid()

    # emission in, first-order decay out
    c = field[i, j, k]
    field[i, j, k] = c + (emission[i, j, k] - fade * c) * dt
