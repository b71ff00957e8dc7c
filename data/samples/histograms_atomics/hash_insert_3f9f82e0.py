import warp as wp


MAX_PROBES = wp.constant(8)
EMPTY = wp.constant(-1)


@wp.kernel
def hash_insert(keys: wp.array[int], table_keys: wp.array[int], slot_of: wp.array[int]):
    tid = wp.tid()
    capacity = table_keys.shape[0]
    home = keys[tid] & (capacity - 1)
    for probe in range(MAX_PROBES):
        slot = (home + probe * probe) % capacity
        prev = wp.atomic_cas(table_keys, slot, EMPTY, keys[tid])
        if prev == EMPTY or prev == keys[tid]:
            slot_of[tid] = slot
            break
