import warp as wp


@wp.kernel
def mark_cells(
    active_count: wp.array[wp.int32],
    flags: wp.array[wp.int32],
    data: wp.array[float],
    lower: float,
    bits: wp.array[wp.int32],
):
    tid = wp.tid()
    if tid >= active_count[0] or flags[tid] == 0:
        return
    v = data[tid]
    num_cells = bits.shape[0] * 32
    cell = wp.clamp(int((v - lower) * 16.0), 0, num_cells - 1)
    word = cell >> 5
    bit = 1 << (cell & 31)
    # parity of the number of values per cell
    wp.atomic_xor(bits, word, bit)
