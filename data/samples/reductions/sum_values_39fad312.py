import warp as wp


@wp.kernel
def sum_values(data: wp.array(dtype=float), total: wp.array(dtype=float)):
    tid = wp.tid()
    wp.atomic_add(total, 0, data[tid])
