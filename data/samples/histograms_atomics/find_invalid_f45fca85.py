import warp as wp


@wp.kernel
def find_invalid(values: wp.array[wp.vec3], valid: wp.array[bool], num_events: wp.array[wp.int64]):
    tid = wp.tid()
    bad = wp.isnan(values[tid]) or wp.isinf(values[tid])
    valid[tid] = not bad
    if bad:
        wp.atomic_add(num_events, 0, wp.int64(1))
