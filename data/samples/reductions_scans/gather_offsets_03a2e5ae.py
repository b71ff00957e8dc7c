import warp as wp


@wp.kernel
def gather_offsets(
    group: wp.array(dtype=int),
    group_offsets: wp.array(dtype=wp.vec3),
    render_positions: wp.array(dtype=wp.vec3),
):
    """Shift each item by the offset of the group it belongs to (an indirect read through an index array)."""
    tid = wp.tid()
    g = group[tid]
    entry = group_offsets[g]
    render_positions[tid] = entry
