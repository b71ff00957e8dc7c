import warp as wp


@wp.kernel
def binary_op(
    values: wp.array(dtype=wp.float16),
    other: wp.array(dtype=wp.float16),
    result: wp.array(dtype=wp.float16),
):
    tid = wp.tid()
    x = values[tid]
    result[tid] = x * other[tid]
