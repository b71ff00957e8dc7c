import warp as wp


@wp.kernel
def copy_active(
    active_count: wp.array[wp.int32],
    active: wp.array[wp.int32],
    values: wp.array[wp.vec3],
    other: wp.array[wp.vec3],
):
    tid = wp.tid()
    flag = active[tid]
    if tid >= active_count[0] or flag == 0:
        return
    x = values[tid]
    if flag != 0:
        other[tid] = x
