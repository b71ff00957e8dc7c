import warp as wp


@wp.kernel
def apply_visual_offsets(
    group: wp.array(dtype=int),
    offsets: wp.array(dtype=wp.vec2),
    render_positions: wp.array(dtype=wp.vec2),
):
    tid = wp.tid()
    g = group[tid]
    render_positions[tid] = offsets[g]
