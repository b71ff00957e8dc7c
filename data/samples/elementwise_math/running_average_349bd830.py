import warp as wp


@wp.kernel
def running_average(alpha: float, avg: wp.array[wp.vec4], x: wp.array[wp.vec4]):
    tid = wp.tid()
    val = x[tid]
    avg[tid] = (1.0 - alpha) * avg[tid] + alpha * val
