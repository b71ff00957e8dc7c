import warp as wp


@wp.kernel
def global_reduce(a: wp.array[wp.vec3], total: wp.array[float]):
    """Reduce one term per thread into a single value with atomics."""
    tid = wp.tid()
    u = a[tid]
    wp.atomic_min(total, 0, wp.length(u))
