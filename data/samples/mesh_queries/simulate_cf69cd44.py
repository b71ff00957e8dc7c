import warp as wp


@wp.kernel
def simulate(
    mesh_id: wp.uint64,
    active: wp.array[int],
    positions: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    time_step: float,
    max_distance: float,
    thickness: float,
):
    """Position-based collision of particles against a static triangle mesh."""
    tid = wp.tid()
    if active[tid] != 1:
        return
    x = positions[tid]
    vel = particle_v[tid]
    x_pred = x + vel * time_step
    query = wp.mesh_query_point(mesh_id, x_pred, max_distance)
    if query.result:
        p = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)
        delta = x_pred - p
        dist = wp.length(delta) * query.sign
        err = dist - thickness
        # inside the margin: move back onto the offset surface
        if err < 0.0:
            n = wp.normalize(delta) * query.sign
            x_pred = x_pred - n * err
    particle_v[tid] = (x_pred - x) / time_step
    positions[tid] = x_pred
