import warp as wp


@wp.kernel
def residual_norm(vectors: wp.array[wp.vec2], active_count: wp.int32, accum: wp.array[float]):
    tid = wp.tid()
    if tid >= active_count:
        return

    # infinity norm over all components
    wp.atomic_max(accum, 0, wp.max(wp.abs(vectors[tid])))
