import warp as wp


@wp.kernel
def vdot(u: wp.array[float], v: wp.array[float], result: wp.array[float]):
    """Dot product of two arrays of vectors, accumulated into result[0]."""
    tid = wp.tid()
    a = u[tid]
    w = v[tid]
    wp.atomic_add(result, 0, a * w)
