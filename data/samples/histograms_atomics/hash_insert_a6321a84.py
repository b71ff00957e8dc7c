import warp as wp


EMPTY = wp.constant(-1)


@wp.kernel
def hash_insert(
    item_keys: wp.array(dtype=wp.int32),
    item_values: wp.array(dtype=float),
    table_keys: wp.array(dtype=wp.int32),
    totals: wp.array(dtype=float),
):
    """Count occurrences of each key in an open-addressing hash table (linear probing, claimed with atomic_cas)."""
    tid = wp.tid()
    w = item_values[tid]
    capacity = table_keys.shape[0]
    home = item_keys[tid] % capacity
    for probe in range(capacity):
        slot = (home + probe) % capacity
        prev = wp.atomic_cas(table_keys, slot, EMPTY, item_keys[tid])
        if prev == EMPTY or prev == item_keys[tid]:
            wp.atomic_add(totals, slot, w)
            break
