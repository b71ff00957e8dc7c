import warp as wp


MAX_PROBES = wp.constant(8)
EMPTY = wp.constant(-1)


@wp.kernel
def hash_count(item_keys: wp.array[int], slots: wp.array[int], histogram: wp.array[int]):
    tid = wp.tid()
    key = item_keys[tid]
    capacity = slots.shape[0]
    # capacity is a power of two
    home = key & (capacity - 1)
    for probe in range(MAX_PROBES):
        # quadratic probing spreads clusters
        slot = (home + probe * probe) % capacity
        prev = wp.atomic_cas(slots, slot, EMPTY, key)
        if prev == EMPTY or prev == key:
            wp.atomic_add(histogram, slot, 1)
            break
