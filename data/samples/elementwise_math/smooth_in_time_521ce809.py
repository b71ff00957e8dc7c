import warp as wp


@wp.kernel
def smooth_in_time(avg: wp.array[wp.vec4], x: wp.array[wp.vec4], t: float):
    tid = wp.tid()
    xi = x[tid]
    old = avg[tid]
    avg[tid] = old + t * (xi - old)
