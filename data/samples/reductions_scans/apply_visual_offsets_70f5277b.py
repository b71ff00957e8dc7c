import warp as wp


@wp.kernel
def apply_visual_offsets(
    positions: wp.array[wp.vec3],
    owner: wp.array[int],
    table: wp.array[wp.vec3],
    render_positions: wp.array[wp.vec3],
):
    """Per-environment offsets looked up through each item's environment index."""
    tid = wp.tid()
    g = owner[tid]
    if g < 0:
        return
    entry = table[g]
    render_positions[tid] = positions[tid] + entry
