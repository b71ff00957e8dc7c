import warp as wp


@wp.kernel
def sample_sdf(
    collider_mesh: wp.uint64,
    positions: wp.array(dtype=wp.vec3),
    signed_distances: wp.array(dtype=float),
    surface_points: wp.array(dtype=wp.vec3),
    max_dist: float,
):
    tid = wp.tid()
    closest = positions[tid]
    sdf = max_dist
    query = wp.mesh_query_point_sign_normal(collider_mesh, positions[tid], max_dist)
    if query.result:
        closest = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)
        sdf = wp.length(positions[tid] - closest) * query.sign
    signed_distances[tid] = sdf
    surface_points[tid] = closest
