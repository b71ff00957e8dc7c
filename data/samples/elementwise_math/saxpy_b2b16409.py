import warp as wp


@wp.kernel
def saxpy(a: wp.array[float], v: wp.array[float], b: wp.array[float], alpha: float, beta: float):
    """y = alpha * x + beta * y, element-wise."""
    tid = wp.tid()
    u = a[tid]
    w = v[tid]
    b[tid] = alpha * u + beta * w
