import warp as wp


@wp.kernel
def offset_by_group(ids: wp.array[int], table: wp.array[wp.vec2], result: wp.array[wp.vec2]):
    """Shift each item by the offset of the group it belongs to (an indirect read through an index array)."""
    tid = wp.tid()
    g = ids[tid]
    entry = table[g]
    result[tid] = entry
