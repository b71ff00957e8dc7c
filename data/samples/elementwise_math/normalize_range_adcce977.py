import warp as wp


@wp.kernel
def normalize_range(
    x: wp.array[wp.float16],
    offsets: wp.array[wp.float16],
    scale: wp.float16,
    out: wp.array[wp.float16],
):
    tid = wp.tid()
    out[tid] = scale * x[tid] + offsets[tid]
