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
def update_grid_velocity(
    grid_mass: wp.array3d(dtype=float),
    grid_mv: wp.array3d(dtype=wp.vec3),
    cell_type: wp.array3d(dtype=wp.int32),
    normals: wp.array3d(dtype=wp.vec3),
    gravity: wp.vec3,
    time_step: float,
    bound: wp.int32,
    grid_v: wp.array3d(dtype=wp.vec3),
):
    """MPM grid update: momentum to velocity, gravity, then the boundary condition of each cell by its type and the walls of the domain."""
    i, j, k = wp.tid()
    m = grid_mass[i, j, k]
    if m <= 0.0:
        return
    v = grid_mv[i, j, k] / m + gravity * time_step
    cell = cell_type[i, j, k]
    if cell == CellType.SOLID:
        v = wp.vec3(0.0)
    elif cell == CellType.SLIP:
        v = project_slip(v, normals[i, j, k])
    elif cell != CellType.FREE:
        return
    nx = grid_mass.shape[0]
    ny = grid_mass.shape[1]
    nz = grid_mass.shape[2]
    if i < bound or j < bound or k < bound or i >= nx - bound or j >= ny - bound or k >= nz - bound:
        v = wp.vec3(0.0)
    grid_v[i, j, k] = v
