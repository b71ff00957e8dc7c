import warp as wp


MAX_PROBES = wp.constant(8)
EMPTY = wp.constant(-1)


@wp.kernel
def hash_insert(
    keys: wp.array(dtype=wp.int32),
    weights: wp.array(dtype=float),
    slots: wp.array(dtype=wp.int32),
    totals: wp.array(dtype=float),
):
    """Insert each key into an open-addressing hash table, claiming its slot with atomic_cas."""
    tid = wp.tid()
    key_i = keys[tid]
    value = weights[tid]
    capacity = slots.shape[0]
    home = key_i % capacity
    for probe in range(MAX_PROBES):
        slot = (home + probe) % capacity
        prev = wp.atomic_cas(slots, slot, EMPTY, key_i)
        if prev == EMPTY or prev == key_i:
            wp.atomic_add(totals, slot, value)
            break
