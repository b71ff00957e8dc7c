import warp as wp


@wp.kernel
def sample_mesh_sdf(
    collider_mesh: wp.uint64,
    origin: wp.vec3,
    spacing: float,
    max_dist: float,
    field_out: wp.array3d[float],
):
    i, j, k = wp.tid()
    p = origin + spacing * wp.vec3(float(i) + 0.5, float(j) + 0.5, float(k) + 0.5)
    q = wp.mesh_query_point_sign_winding_number(collider_mesh, p, max_dist)
    d = max_dist
    if q.result:
        d = q.sign * wp.length(p - wp.mesh_eval_position(collider_mesh, q.face, q.u, q.v))
    field_out[i, j, k] = d


@wp.kernel
def init_standing_wave(
    spacing: float,
    wavenumber: float,
    height_scale: float,
    angular_freq: float,
    time: float,
    field_out: wp.array3d[float],
):
    i, j, k = wp.tid()
    x = (float(i) + 0.5) * spacing
    y = (float(j) + 0.5) * spacing
    z = (float(k) + 0.5) * spacing
    # a standing wave: the pattern oscillates in place
    a = height_scale * wp.cos(angular_freq * time)
    # distance from the centre of the grid
    c = 0.5 * float(field_out.shape[0]) * spacing
    r = wp.sqrt((x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c))
    field_out[i, j, k] = a * wp.cos(wavenumber * r)


@wp.kernel
def update_field(
    delta_time: float,
    field: wp.array3d[float],
    rate: wp.array3d[float],
    obstacle: wp.array3d[wp.int32],
):
    """One explicit step of a source-decay equation on a 3D grid."""
    i, j, k = wp.tid()
    if obstacle[i, j, k] != 0:
        field[i, j, k] = 0.0
        return
    field[i, j, k] += rate[i, j, k] * delta_time
