import warp as wp


@wp.kernel
def inner_product(
    item_count: wp.array[wp.int32],
    a: wp.array[wp.vec3],
    b: wp.array[wp.vec3],
    sum_out: wp.array[float],
):
    tid = wp.tid()
    if tid >= item_count[0]:
        return
    u = a[tid]
    wp.atomic_add(sum_out, 0, wp.dot(u, b[tid]))
