import warp as wp


CHUNK = wp.constant(8)


@wp.kernel
def chunk_sums(
    sample_weights: wp.array[float],
    values: wp.array[float],
    block_sums: wp.array[float],
):
    tid = wp.tid()
    weight = sample_weights[tid]
    value = values[tid]
    wp.atomic_add(block_sums, tid // CHUNK, weight * value)
