import warp as wp


@wp.kernel
def detect_overlap(
    sdf_values: wp.array[float],
    depths: wp.array[float],
    contact_count: wp.array[int],
    contact_margin: float,
):
    tid = wp.tid()
    depth = contact_margin - sdf_values[tid]
    if depth > 0.0:
        wp.atomic_add(contact_count, 0, 1)
    else:
        depth = 0.0
    depths[tid] = depth
