import warp as wp


@wp.kernel
def bsr_mv_rows(
    row_offsets: wp.array[wp.int32],
    col_indices: wp.array[wp.int32],
    nnz_values: wp.array[float],
    x: wp.array[float],
    rhs: wp.array[float],
    dirichlet_rows: wp.array[wp.int32],
    r: wp.array[float],
    row_count: wp.int32,
):
    """Row-parallel sparse matrix-vector work for the iterative solvers: columns and values come from the CSR arrays."""
    row = wp.tid()
    if row >= row_count:
        return
    if dirichlet_rows[row] != 0:
        r[row] = float(0.0)
        return
    Ax = float(0.0)
    for k in range(row_offsets[row], row_offsets[row + 1]):
        col = col_indices[k]
        a_k = nnz_values[k]
        Ax += a_k * x[col]
    res = rhs[row] - Ax
    r[row] = res
