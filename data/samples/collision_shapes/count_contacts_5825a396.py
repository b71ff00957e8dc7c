import warp as wp


@wp.kernel
def count_contacts(
    mesh_id: wp.uint64,
    points: wp.array[wp.vec3],
    penetration: wp.array[float],
    pair_count: wp.array[int],
    max_dist: float,
    thickness: float,
):
    tid = wp.tid()
    sdf = max_dist
    query = wp.mesh_query_point_sign_winding_number(mesh_id, points[tid], max_dist)
    if query.result:
        p_surface = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)
        sdf = wp.length(points[tid] - p_surface) * query.sign
    depth = thickness - sdf
    if depth > 0.0:
        wp.atomic_add(pair_count, 0, 1)
    else:
        depth = 0.0
    penetration[tid] = depth
