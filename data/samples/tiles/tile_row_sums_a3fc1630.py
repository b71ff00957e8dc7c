import warp as wp


TILE = wp.constant(32)


@wp.func
def tile_activation(x: float) -> float:
    return wp.log(1.0 + wp.exp(x))


@wp.kernel
def tile_row_sums(data: wp.array2d(dtype=float), gain: float, rows: wp.array(dtype=float)):
    row, lane = wp.tid()
    t = wp.tile_load(data[row], shape=TILE)
    activated = wp.tile_map(tile_activation, t)
    total = wp.tile_sum(activated)
    peak = wp.tile_max(t)
    scale = float(lane) + gain
    wp.tile_store(rows, wp.tile(total[0] * scale + peak[0]), offset=row)
