import warp as wp


@wp.kernel
def total_bits(
    inv_masses: wp.array(dtype=float),
    words: wp.array(dtype=int),
    counter: wp.array(dtype=wp.int64),
):
    tid = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if inv_masses[tid] == 0.0:
        return
    word = words[tid]
    n = wp.bit_count(word)
    if n > 0:
        wp.atomic_add(counter, 0, wp.int64(n))
