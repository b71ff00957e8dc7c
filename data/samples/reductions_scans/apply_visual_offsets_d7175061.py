import warp as wp


@wp.kernel
def apply_visual_offsets(
    env_indices: wp.array[int],
    offsets: wp.array[float],
    out: wp.array[float],
):
    tid = wp.tid()
    g = env_indices[tid]
    entry = offsets[g]
    out[tid] = entry
