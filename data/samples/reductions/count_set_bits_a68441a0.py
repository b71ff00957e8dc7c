import warp as wp


@wp.kernel
def count_set_bits(
    particle_inv_mass: wp.array[float],
    words: wp.array[wp.int32],
    num_events: wp.array[wp.int64],
):
    tid = wp.tid()
    inv_m = particle_inv_mass[tid]
    # zero inverse mass: kinematic, nothing to do
    if inv_m == 0.0:
        return
    word = words[tid]
    n = wp.bit_count(word)
    if n > 0:
        wp.atomic_add(num_events, 0, wp.int64(n))
