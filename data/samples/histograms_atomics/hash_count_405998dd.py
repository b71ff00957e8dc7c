import warp as wp


MAX_PROBES = wp.constant(8)
EMPTY = wp.constant(-1)


@wp.kernel
def hash_count(
    item_keys: wp.array[wp.int32],
    item_values: wp.array[float],
    slots: wp.array[wp.int32],
    totals: wp.array[float],
):
    tid = wp.tid()
    key = item_keys[tid]
    w = item_values[tid]
    capacity = slots.shape[0]
    # capacity is a power of two
    home = key & (capacity - 1)
    for probe in range(MAX_PROBES):
        # linear probing from the home slot
        slot = (home + probe) % capacity
        prev = wp.atomic_cas(slots, slot, EMPTY, key)
        if prev == EMPTY or prev == key:
            wp.atomic_add(totals, slot, w)
            break
