import warp as wp


@wp.kernel
def apply_visual_offsets(
    x: wp.array(dtype=wp.vec3),
    env_indices: wp.array(dtype=int),
    offsets: wp.array(dtype=wp.vec3),
    result: wp.array(dtype=wp.vec3),
):
    """Shift each item by the offset of the group it belongs to (an indirect read through an index array)."""
    tid = wp.tid()
    g = env_indices[tid]
    if g < 0:
        return
    entry = offsets[g]
    result[tid] = x[tid] - entry
