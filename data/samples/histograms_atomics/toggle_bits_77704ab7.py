import warp as wp


@wp.kernel
def toggle_bits(
    active: wp.array[int],
    data: wp.array[float],
    lower: float,
    bins_per_unit: float,
    occupancy: wp.array[int],
):
    """One bit per cell in an array of 32-bit words, updated with bitwise atomics."""
    tid = wp.tid()
    if active[tid] == 0:
        return
    x = data[tid]
    num_cells = occupancy.shape[0] * 32
    cell = wp.clamp(int((x - lower) * bins_per_unit), 0, num_cells - 1)
    word = cell >> 5
    bit = 1 << (cell & 31)
    wp.atomic_or(occupancy, word, bit)
