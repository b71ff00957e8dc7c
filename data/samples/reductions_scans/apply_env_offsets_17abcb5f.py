import warp as wp


@wp.kernel
def apply_env_offsets(
    positions: wp.array[wp.vec4],
    ids: wp.array[int],
    offsets: wp.array[wp.vec4],
    out: wp.array[wp.vec4],
):
    tid = wp.tid()
    g = ids[tid]
    if g < 0:
        return
    entry = offsets[g]
    out[tid] = positions[tid] + entry
