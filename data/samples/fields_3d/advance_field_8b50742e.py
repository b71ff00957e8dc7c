import warp as wp


class CellType:
    FREE = wp.constant(0)
    SOLID = wp.constant(1)
    SLIP = wp.constant(2)


@wp.kernel
def advance_field(q: wp.array3d[wp.vec3], s: float, q_out: wp.array3d[wp.vec3]):
    i, j, k = wp.tid()
    q_out[i, j, k] = q[i, j, k] * s


@wp.kernel
def seed_field(field_out: wp.array3d[float], k_wave: float, amp: float):
    i, j, k = wp.tid()

    # normalised coordinates in [0, 1]
    x = (float(i) + 0.5) / float(field_out.shape[0])
    y = (float(j) + 0.5) / float(field_out.shape[1])
    z = (float(k) + 0.5) / float(field_out.shape[2])
    field_out[i, j, k] = amp * wp.cos(k_wave * (x + y + z))


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
    grid_mv: wp.array3d[wp.vec3],
    grid_flags: wp.array3d[wp.int32],
    normals: wp.array3d[wp.vec3],
    grid_v_out: wp.array3d[wp.vec3],
    dt: float,
    bound: wp.int32,
):
    i, j, k = wp.tid()
    m = grid_mass[i, j, k]
    if m <= 0.0:
        grid_v_out[i, j, k] = wp.vec3(0.0)
        return
    v = grid_mv[i, j, k] / m + wp.vec3(0.0, -9.81, 0.0) * dt
    cell = grid_flags[i, j, k]
    if cell == CellType.SOLID:
        v = wp.vec3(0.0)
    elif cell == CellType.SLIP:
        v = project_slip(v, normals[i, j, k])
    elif cell != CellType.FREE:
        return
    nx = grid_mass.shape[0]
    ny = grid_mass.shape[1]
    nz = grid_mass.shape[2]
    if i < bound:
        v = project_slip(v, wp.vec3(1.0, 0.0, 0.0))
    if i >= nx - bound:
        v = project_slip(v, wp.vec3(-1.0, 0.0, 0.0))
    if j < bound:
        v = project_slip(v, wp.vec3(0.0, 1.0, 0.0))
    if j >= ny - bound:
        v = project_slip(v, wp.vec3(0.0, -1.0, 0.0))
    if k < bound:
        v = project_slip(v, wp.vec3(0.0, 0.0, 1.0))
    if k >= nz - bound:
        v = project_slip(v, wp.vec3(0.0, 0.0, -1.0))
    grid_v_out[i, j, k] = v
