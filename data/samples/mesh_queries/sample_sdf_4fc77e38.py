import warp as wp


@wp.kernel
def sample_sdf(
    mesh: wp.uint64,
    particle_inv_mass: wp.array[float],
    positions: wp.array[wp.vec3],
    max_distance: float,
    phi_out: wp.array[float],
    hit_points: wp.array[wp.vec3],
):
    """Sample the mesh's signed distance field at the query points."""
    tid = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if particle_inv_mass[tid] == 0.0:
        return
    pos = positions[tid]
    closest = pos
    sdf = max_distance
    query = wp.mesh_query_point(mesh, pos, max_distance)
    if query.result:
        closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)
        sdf = wp.length(pos - closest) * query.sign
    phi_out[tid] = sdf
    hit_points[tid] = closest
