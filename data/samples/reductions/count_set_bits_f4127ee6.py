import warp as wp


@wp.kernel
def count_set_bits(words: wp.array[wp.int32], num_events: wp.array[wp.int64]):
    """Total number of set bits over an array of bitset words."""
    tid = wp.tid()
    bits = words[tid]
    n = wp.bit_count(bits)
    if n > 0:
        wp.atomic_add(num_events, 0, wp.int64(n))
