import warp as wp


@wp.kernel
def update_ema(
    running_mean: wp.array[wp.vec2],
    values: wp.array[wp.vec2],
    blend_weights: wp.array[float],
):
    tid = wp.tid()
    x = values[tid]
    alpha = blend_weights[tid]
    running_mean[tid] = (1.0 - alpha) * running_mean[tid] + alpha * x
