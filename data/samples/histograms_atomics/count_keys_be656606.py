import warp as wp


EMPTY = wp.constant(-1)


@wp.kernel
def count_keys(keys: wp.array[int], slots: wp.array[int], entry_index: wp.array[int]):
    """Count occurrences of each key in an open-addressing hash table (linear probing, claimed with atomic_cas)."""
    tid = wp.tid()
    key = keys[tid]
    capacity = slots.shape[0]
    home = key % capacity
    for probe in range(capacity):
        # quadratic probing spreads clusters
        slot = (home + probe * probe) % capacity
        prev = wp.atomic_cas(slots, slot, EMPTY, key)
        if prev == EMPTY or prev == key:
            entry_index[tid] = slot
            break
