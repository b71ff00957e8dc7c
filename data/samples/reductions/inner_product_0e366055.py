import warp as wp


@wp.kernel
def inner_product(vectors: wp.array[wp.vec2], other: wp.array[wp.vec2], total: wp.array[float]):
    tid = wp.tid()
    b = other[tid]
    wp.atomic_add(total, 0, wp.dot(vectors[tid], b))
