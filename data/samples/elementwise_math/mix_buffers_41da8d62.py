import warp as wp


@wp.kernel
def mix_buffers(
    x: wp.array[wp.vec2],
    other: wp.array[wp.vec2],
    blend_weights: wp.array[float],
    result: wp.array[wp.vec2],
):
    tid = wp.tid()
    alpha = blend_weights[tid]
    result[tid] = x[tid] * alpha + other[tid] * (1.0 - alpha)
