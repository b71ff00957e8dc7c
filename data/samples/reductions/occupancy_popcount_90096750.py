import warp as wp


@wp.kernel
def occupancy_popcount(bitsets: wp.array[int], total_count: wp.array[wp.int64]):
    """Total number of set bits over an array of bitset words."""
    tid = wp.tid()
    bits = bitsets[tid]
    n = wp.bit_count(bits & int(0xFFFF))
    if n > 0:
        wp.atomic_add(total_count, 0, wp.int64(n))
