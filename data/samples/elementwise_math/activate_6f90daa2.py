import warp as wp


@wp.kernel
def activate(active: wp.array[int], z: wp.array[float], out: wp.array[float]):
    tid = wp.tid()
    flag = active[tid]
    if flag != 1:
        return
    pre = z[tid]
    out[tid] = wp.max(pre, 0.0)
