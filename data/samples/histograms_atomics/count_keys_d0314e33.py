import warp as wp


EMPTY = wp.constant(-1)


@wp.kernel
def count_keys(
    flags: wp.array[wp.int32],
    keys: wp.array[wp.int32],
    table_keys: wp.array[wp.int32],
    entry_index: wp.array[wp.int32],
):
    tid = wp.tid()
    if flags[tid] != 1:
        return
    key = keys[tid]
    capacity = table_keys.shape[0]
    home = key % capacity
    for probe in range(capacity):
        slot = (home + probe) % capacity
        prev = wp.atomic_cas(table_keys, slot, EMPTY, key)
        if prev == EMPTY or prev == key:
            entry_index[tid] = slot
            break
