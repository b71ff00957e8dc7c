import warp as wp


@wp.kernel
def activate(z: wp.array[float], out: wp.array[float]):
    tid = wp.tid()
    out[tid] = wp.max(z[tid], 0.0)
