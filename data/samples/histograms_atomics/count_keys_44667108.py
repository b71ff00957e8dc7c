import warp as wp


MAX_PROBES = wp.constant(8)
EMPTY = wp.constant(-1)


@wp.kernel
def count_keys(
    keys: wp.array(dtype=int),
    slots: wp.array(dtype=int),
    item_slots: wp.array(dtype=int),
):
    tid = wp.tid()
    capacity = slots.shape[0]
    home = keys[tid] % capacity
    for probe in range(MAX_PROBES):
        slot = (home + probe * probe) % capacity
        prev = wp.atomic_cas(slots, slot, EMPTY, keys[tid])
        if prev == EMPTY or prev == keys[tid]:
            item_slots[tid] = slot
            break
