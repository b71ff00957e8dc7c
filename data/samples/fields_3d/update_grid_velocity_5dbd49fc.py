import warp as wp


PI = wp.constant(3.14159265358979)


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
    grid_mass: wp.array3d[float],
    grid_momentum: wp.array3d[wp.vec3],
    cell_type: wp.array3d[wp.int32],
    normals: wp.array3d[wp.vec3],
    delta_time: float,
    padding: wp.int32,
    grid_velocity: wp.array3d[wp.vec3],
):
    i, j, k = wp.tid()
    m = grid_mass[i, j, k]
    if m <= 0.0:
        grid_velocity[i, j, k] = wp.vec3(0.0)
        return
    v = grid_momentum[i, j, k] / m + wp.vec3(0.0, -9.81, 0.0) * delta_time
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
    if i < padding or j < padding or k < padding or i >= nx - padding or j >= ny - padding or k >= nz - padding:
        v = wp.vec3(0.0)
    grid_velocity[i, j, k] = v


@wp.kernel
def step_field(delta_time: float, field: wp.array3d[float]):
    i, j, k = wp.tid()
    field[i, j, k] *= 1.0 - 0.1 * delta_time


@wp.kernel
def seed_field(amplitude: float, result: wp.array3d[float]):
    """Initial condition on a 3D grid: a resonant mode of the box."""
    i, j, k = wp.tid()

    # normalised coordinates in [0, 1]
    x = float(i) / float(result.shape[0] - 1)
    y = float(j) / float(result.shape[1] - 1)
    z = float(k) / float(result.shape[2] - 1)
    # lowest mode of a box with fixed walls
    result[i, j, k] = amplitude * wp.sin(PI * x) * wp.sin(PI * y) * wp.sin(PI * z)
