import warp as wp


EMPTY = wp.constant(-1)


@wp.kernel
def count_keys(
    keys: wp.array(dtype=wp.int32),
    values: wp.array(dtype=float),
    table_keys: wp.array(dtype=wp.int32),
    slot_values: wp.array(dtype=float),
):
    tid = wp.tid()
    value = values[tid]
    capacity = table_keys.shape[0]
    home = keys[tid] % capacity
    for probe in range(capacity):
        slot = (home + probe * probe) % capacity
        prev = wp.atomic_cas(table_keys, slot, EMPTY, keys[tid])
        if prev == EMPTY or prev == keys[tid]:
            wp.atomic_add(slot_values, slot, value)
            break
