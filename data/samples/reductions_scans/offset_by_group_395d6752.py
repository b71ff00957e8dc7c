import warp as wp


@wp.kernel
def offset_by_group(
    pos: wp.array[wp.vec3],
    ids: wp.array[int],
    group_offsets: wp.array[wp.vec3],
    out: wp.array[wp.vec3],
):
    tid = wp.tid()
    out[tid] = pos[tid] + group_offsets[ids[tid]]
