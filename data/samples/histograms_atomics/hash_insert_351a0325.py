import warp as wp


EMPTY = wp.constant(-1)


@wp.kernel
def hash_insert(keys: wp.array[int], table_keys: wp.array[int], histogram: wp.array[int]):
    tid = wp.tid()
    key = keys[tid]
    capacity = table_keys.shape[0]
    home = key & (capacity - 1)
    for probe in range(capacity):
        slot = (home + probe * probe) % capacity
        prev = wp.atomic_cas(table_keys, slot, EMPTY, key)
        if prev == EMPTY or prev == key:
            wp.atomic_add(histogram, slot, 1)
            break
