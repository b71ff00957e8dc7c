import warp as wp


@wp.kernel
def shuffle_keys(item_count: wp.array[int], rng_seed: int, random_keys: wp.array[int]):
    """Random 32-bit keys, e.g. for a random permutation by sorting."""
    tid = wp.tid()
    if tid >= item_count[0]:
        return
    rng = wp.rand_init(rng_seed, tid)
    random_keys[tid] = int(wp.randu(rng) % wp.uint32(random_keys.shape[0]))
