import warp as wp


@wp.kernel
def update_ema(
    active_count: wp.array(dtype=int),
    flags: wp.array(dtype=int),
    mean: wp.array(dtype=float),
    values: wp.array(dtype=float),
    blend: float,
):
    tid = wp.tid()
    if tid >= active_count[0] or flags[tid] == 0:
        return
    xi = values[tid]
    mean[tid] = (1.0 - blend) * mean[tid] + blend * xi
