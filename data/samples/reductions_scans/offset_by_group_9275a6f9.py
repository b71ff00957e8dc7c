import warp as wp


@wp.kernel
def offset_by_group(
    x: wp.array(dtype=wp.vec2),
    env_indices: wp.array(dtype=int),
    table: wp.array(dtype=wp.vec2),
    out: wp.array(dtype=wp.vec2),
):
    tid = wp.tid()
    g = env_indices[tid]
    if g < 0:
        return
    entry = table[g]
    out[tid] = x[tid] + entry
