import warp as wp


@wp.kernel
def mesh_occupancy(
    mesh: wp.uint64,
    query_points: wp.array(dtype=wp.vec3),
    query_radius: float,
    inside: wp.array(dtype=int),
    sdf: wp.array(dtype=float),
):
    tid = wp.tid()
    p = query_points[tid]
    q = wp.mesh_query_point_sign_winding_number(mesh, p, query_radius)
    d = query_radius
    flag = 0
    if q.result:
        cp = wp.mesh_eval_position(mesh, q.face, q.u, q.v)
        d = q.sign * wp.length(p - cp)
        if q.sign < 0.0:
            flag = 1
    sdf[tid] = d
    inside[tid] = flag
