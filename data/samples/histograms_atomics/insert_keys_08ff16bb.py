import warp as wp


MAX_PROBES = wp.constant(8)
EMPTY = wp.constant(-1)


@wp.kernel
def insert_keys(
    item_keys: wp.array[wp.int32],
    item_values: wp.array[float],
    table_keys: wp.array[wp.int32],
    bucket_sums: wp.array[float],
):
    tid = wp.tid()
    key_cur = item_keys[tid]
    value = item_values[tid]
    capacity = table_keys.shape[0]
    home = key_cur & (capacity - 1)
    for probe in range(MAX_PROBES):
        slot = (home + probe * probe) % capacity
        prev = wp.atomic_cas(table_keys, slot, EMPTY, key_cur)
        if prev == EMPTY or prev == key_cur:
            wp.atomic_add(bucket_sums, slot, value)
            break
