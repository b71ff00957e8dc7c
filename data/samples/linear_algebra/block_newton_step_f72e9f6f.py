import warp as wp


@wp.kernel
def block_newton_step(blocks: wp.array[wp.mat22], b: wp.array[wp.vec2], x: wp.array[wp.vec2]):
    """Block-diagonal solve: x = A^-1 b for each 2x2 block."""
    tid = wp.tid()
    J = blocks[tid]
    det = wp.determinant(J)
    if wp.abs(det) < 1.0e-8:
        x[tid] = wp.vec2(0.0)
        return
    # Cramer's rule: replace one column by b at a time
    x0 = (b[tid][0] * J[1, 1] - J[0, 1] * b[tid][1]) / det
    x1 = (J[0, 0] * b[tid][1] - b[tid][0] * J[1, 0]) / det
    x[tid] = wp.vec2(x0, x1)
