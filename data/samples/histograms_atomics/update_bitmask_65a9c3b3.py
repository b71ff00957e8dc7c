import warp as wp


@wp.kernel
def update_bitmask(
    num_active: wp.array[int],
    active: wp.array[int],
    x: wp.array[float],
    bin_min: float,
    inv_bin_width: float,
    occupancy: wp.array[int],
):
    tid = wp.tid()
    if tid >= num_active[0] or active[tid] == 0:
        return
    num_cells = occupancy.shape[0] * 32
    cell = wp.clamp(int((x[tid] - bin_min) * inv_bin_width), 0, num_cells - 1)
    word = cell >> 5
    bit = 1 << (cell & 31)
    wp.atomic_and(occupancy, word, ~bit)
