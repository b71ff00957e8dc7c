import warp as wp


@wp.kernel
def sample_sdf(
    mesh: wp.uint64,
    points: wp.array[wp.vec3],
    signed_distances: wp.array[float],
    surface_points: wp.array[wp.vec3],
    query_radius: float,
):
    tid = wp.tid()
    x = points[tid]
    closest = x
    sdf = query_radius
    query = wp.mesh_query_point_sign_normal(mesh, x, query_radius)
    if query.result:
        closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)
        sdf = wp.length(x - closest) * query.sign
    signed_distances[tid] = sdf
    surface_points[tid] = closest
