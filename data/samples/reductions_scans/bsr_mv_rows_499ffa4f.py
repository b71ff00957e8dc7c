import warp as wp


@wp.kernel
def bsr_mv_rows(
    gemv_scale: wp.array(dtype=float),
    row_offsets: wp.array(dtype=wp.int32),
    columns: wp.array(dtype=wp.int32),
    matrix_entries: wp.array(dtype=float),
    x: wp.array(dtype=float),
    num_rows: wp.int32,
    y: wp.array(dtype=float),
):
    """Row-parallel sparse matrix-vector work for the iterative solvers: columns and values come from the CSR arrays."""
    row = wp.tid()
    if row >= num_rows:
        return
    Ax = float(0.0)
    for k in range(row_offsets[row], row_offsets[row + 1]):
        col = columns[k]
        a_k = matrix_entries[k]
        Ax += a_k * x[col]
    alpha = gemv_scale[0]
    beta = gemv_scale[1]
    y[row] = alpha * Ax + beta * y[row]
