import warp as wp


@wp.kernel
def running_max(rows: wp.array2d(dtype=float), prefix: wp.array2d(dtype=float), totals: wp.array(dtype=float)):
    r = wp.tid()
    carry = float(0.0)
    for c in range(rows.shape[1]):
        carry = carry + rows[r, c]
        prefix[r, c] = carry
    totals[r] = carry + carry
