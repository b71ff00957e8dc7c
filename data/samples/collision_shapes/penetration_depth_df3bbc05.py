import warp as wp


@wp.kernel
def penetration_depth(
    collider_mesh: wp.uint64,
    positions: wp.array[wp.vec3],
    penetration: wp.array[float],
    pair_count: wp.array[int],
    max_dist: float,
    thickness: float,
):
    """Narrow phase against a signed distance: depth per point and a contact count."""
    tid = wp.tid()
    p = positions[tid]
    sdf = max_dist
    query = wp.mesh_query_point_sign_normal(collider_mesh, p, max_dist)
    if query.result:
        closest = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)
        sdf = wp.length(p - closest) * query.sign
    depth = thickness - sdf
    if depth > 0.0:
        wp.atomic_add(pair_count, 0, 1)
    else:
        depth = 0.0
    penetration[tid] = depth
