import warp as wp


@wp.kernel
def compute_signed_distance(
    mesh: wp.uint64,
    positions: wp.array[wp.vec3],
    phi_out: wp.array[float],
    closest_points: wp.array[wp.vec3],
    max_dist: float,
):
    tid = wp.tid()
    pos = positions[tid]
    closest = pos
    sdf = max_dist
    query = wp.mesh_query_point_no_sign(mesh, pos, max_dist)
    if query.result:
        closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)
        sdf = wp.length(pos - closest)
    phi_out[tid] = sdf
    closest_points[tid] = closest
