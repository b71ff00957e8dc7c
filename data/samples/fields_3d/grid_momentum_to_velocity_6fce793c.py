import warp as wp


class CellType:
    FREE = wp.constant(0)
    SOLID = wp.constant(1)
    SLIP = wp.constant(2)


@wp.func
def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:
    vn = wp.dot(v, n)
    if vn >= 0.0:
        # separating: the wall lets go
        return v
    vt = v - n * vn
    return vt


@wp.kernel
def grid_momentum_to_velocity(
    grid_m: wp.array3d(dtype=float),
    grid_mv: wp.array3d(dtype=wp.vec3),
    cell_type: wp.array3d(dtype=int),
    normals: wp.array3d(dtype=wp.vec3),
    gravity: wp.vec3,
    delta_time: float,
    grid_v: wp.array3d(dtype=wp.vec3),
):
    i, j, k = wp.tid()
    m = grid_m[i, j, k]
    if m <= 0.0:
        grid_v[i, j, k] = wp.vec3(0.0)
        return
    v = grid_mv[i, j, k] / m + gravity * delta_time
    cell = cell_type[i, j, k]
    if cell == CellType.SOLID:
        v = wp.vec3(0.0)
    elif cell == CellType.SLIP:
        v = project_slip(v, normals[i, j, k])
    elif cell != CellType.FREE:
        return
    grid_v[i, j, k] = v


@wp.kernel
def extract_rotations_2d(
    deformations: wp.array(dtype=wp.mat22),
    polar_factors: wp.array(dtype=wp.mat22),
):
    tid = wp.tid()
    F2 = deformations[tid]
    U = wp.mat22()
    sigma = wp.vec2()
    V = wp.mat22()
    wp.svd2(F2, U, sigma, V)
    R = U @ wp.transpose(V)
    if wp.determinant(R) < 0.0:
        U = U @ wp.mat22(1.0, 0.0, 0.0, -1.0)
        R = U @ wp.transpose(V)
    polar_factors[tid] = R
