import warp as wp


@wp.kernel
def validate_state(values: wp.array[float], valid: wp.array[bool], total_count: wp.array[wp.int64]):
    tid = wp.tid()
    x = values[tid]
    ok = wp.isfinite(x)
    valid[tid] = ok
    if not ok:
        wp.atomic_add(total_count, 0, wp.int64(1))
