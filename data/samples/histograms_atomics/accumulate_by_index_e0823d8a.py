import warp as wp


@wp.kernel
def accumulate_by_index(
    indices: wp.array(dtype=int),
    values: wp.array(dtype=wp.vec2),
    out: wp.array(dtype=wp.vec2),
):
    tid = wp.tid()
    i = indices[tid]
    val = values[tid]
    wp.atomic_add(out, i, val)
