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
def grid_update(
    grid_m: wp.array3d(dtype=float),
    grid_mv: wp.array3d(dtype=wp.vec3),
    grid_flags: wp.array3d(dtype=wp.int32),
    normals: wp.array3d(dtype=wp.vec3),
    time_step: float,
    padding: wp.int32,
    grid_v: wp.array3d(dtype=wp.vec3),
):
    i, j, k = wp.tid()
    m = grid_m[i, j, k]
    if m <= 0.0:
        return
    v = grid_mv[i, j, k] / m + wp.vec3(0.0, -9.81, 0.0) * time_step
    cell = grid_flags[i, j, k]
    if cell == CellType.SOLID:
        v = wp.vec3(0.0)
    elif cell == CellType.SLIP:
        v = project_slip(v, normals[i, j, k])
    elif cell != CellType.FREE:
        return
    nx = grid_m.shape[0]
    ny = grid_m.shape[1]
    nz = grid_m.shape[2]
    if i < padding or j < padding or k < padding or i >= nx - padding or j >= ny - padding or k >= nz - padding:
        v = wp.vec3(0.0)
    grid_v[i, j, k] = v
