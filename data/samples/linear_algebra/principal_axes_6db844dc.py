import warp as wp


@wp.kernel
def principal_axes(
    deformation_gradients: wp.array(dtype=wp.mat33),
    eigenvalues: wp.array(dtype=wp.vec3),
    major_axes: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    F = deformation_gradients[tid]
    C = wp.transpose(F) @ F
    # eig3 assumes a symmetric matrix: symmetrize against round-off
    tensor = 0.5 * (C + wp.transpose(C))
    Q, d = wp.eig3(tensor)
    largest = int(0)
    for k in range(1, 3):
        if d[k] > d[largest]:
            largest = k
    eigenvalues[tid] = d
    major_axes[tid] = wp.vec3(Q[0, largest], Q[1, largest], Q[2, largest])
