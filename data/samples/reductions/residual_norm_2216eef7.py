import warp as wp


@wp.kernel
def residual_norm(u: wp.array[wp.vec4], result: wp.array[float]):
    tid = wp.tid()
    a = u[tid]
    wp.atomic_add(result, 0, wp.length_sq(a))
