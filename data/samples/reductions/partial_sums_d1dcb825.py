import warp as wp


CHUNK = wp.constant(8)


@wp.kernel
def partial_sums(
    active_count: wp.array(dtype=wp.int32),
    weights: wp.array(dtype=float),
    values: wp.array(dtype=float),
    partials: wp.array(dtype=float),
):
    tid = wp.tid()
    if tid >= active_count[0]:
        return
    w = weights[tid]
    x = values[tid]
    wp.atomic_add(partials, tid // CHUNK, w * x)
