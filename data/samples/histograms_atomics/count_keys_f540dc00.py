import warp as wp


MAX_PROBES = wp.constant(8)
EMPTY = wp.constant(-1)


@wp.kernel
def count_keys(keys: wp.array[int], hash_keys: wp.array[int], bins: wp.array[int]):
    tid = wp.tid()
    capacity = hash_keys.shape[0]
    home = keys[tid] % capacity
    for probe in range(MAX_PROBES):
        slot = (home + probe * probe) % capacity
        prev = wp.atomic_cas(hash_keys, slot, EMPTY, keys[tid])
        if prev == EMPTY or prev == keys[tid]:
            wp.atomic_add(bins, slot, 1)
            break
