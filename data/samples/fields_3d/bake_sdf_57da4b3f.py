import warp as wp


@wp.kernel
def bake_sdf(
    mesh_id: wp.uint64,
    grid_lower: wp.vec3,
    spacing: float,
    query_radius: float,
    q_out: wp.array3d[float],
):
    i, j, k = wp.tid()
    p = grid_lower + spacing * wp.vec3(float(i), float(j), float(k))
    q = wp.mesh_query_point_sign_winding_number(mesh_id, p, query_radius)
    d = query_radius
    if q.result:
        d = q.sign * wp.length(p - wp.mesh_eval_position(mesh_id, q.face, q.u, q.v))
    q_out[i, j, k] = d
