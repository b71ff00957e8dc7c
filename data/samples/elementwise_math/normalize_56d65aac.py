import warp as wp


@wp.kernel
def normalize(data: wp.array[float], out: wp.array[float], mu: float, sigma: float):
    tid = wp.tid()
    x = data[tid]
    out[tid] = (x - mu) / wp.max(sigma, 1.0e-5)
