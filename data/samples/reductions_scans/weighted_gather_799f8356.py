import warp as wp


@wp.kernel
def weighted_gather(
    source: wp.array[wp.vec3],
    indices: wp.array[int],
    weights: wp.array[float],
    gathered: wp.array[wp.vec3],
):
    tid = wp.tid()
    gathered[tid] = weights[tid] * source[indices[tid]]
