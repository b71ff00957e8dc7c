import warp as wp


@wp.kernel
def crossfade(
    values: wp.array[wp.vec4],
    accum: wp.array[wp.vec4],
    weights: wp.array[float],
    result: wp.array[wp.vec4],
):
    """Linear blend of two arrays."""
    tid = wp.tid()
    y = accum[tid]
    w = weights[tid]
    result[tid] = wp.lerp(values[tid], y, w)


@wp.kernel
def elementwise_op(
    active_count: wp.array[wp.int32],
    data: wp.array[wp.vec3],
    other: wp.array[wp.vec3],
    output: wp.array[wp.vec3],
):
    tid = wp.tid()
    if tid >= active_count[0]:
        return
    x = data[tid]
    y = other[tid]
    output[tid] = x - y
