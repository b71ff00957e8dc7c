import warp as wp


@wp.kernel
def fit_error(item_count: wp.array[int], offsets: wp.array[wp.vec3], total: wp.array[float]):
    tid = wp.tid()
    if tid >= item_count[0]:
        return
    residual = offsets[tid]
    loss = wp.norm_l2(residual)
    wp.atomic_add(total, 0, loss)
