import warp as wp


@wp.kernel
def robust_loss(offsets: wp.array[wp.vec3], result: wp.array[float]):
    tid = wp.tid()
    residual = offsets[tid]
    loss = wp.norm_l2(residual)
    wp.atomic_add(result, 0, loss)
