import warp as wp


@wp.kernel
def flag_bad_values(
    values: wp.array(dtype=float),
    is_finite: wp.array(dtype=bool),
    num_events: wp.array(dtype=wp.int64),
):
    """Health check of a simulation buffer: a bool mask of good values and a count of bad ones."""
    tid = wp.tid()
    ok = wp.isfinite(values[tid])
    is_finite[tid] = ok
    if not ok:
        wp.atomic_add(num_events, 0, wp.int64(1))
