import warp as wp


@wp.kernel
def simulate(
    collider_mesh: wp.uint64,
    inv_masses: wp.array(dtype=float),
    positions: wp.array(dtype=wp.vec3),
    velocities: wp.array(dtype=wp.vec3),
    new_positions: wp.array(dtype=wp.vec3),
    dt: float,
    query_radius: float,
    contact_margin: float,
):
    tid = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if inv_masses[tid] == 0.0:
        return
    pos = positions[tid]
    x_pred = pos + velocities[tid] * dt
    query = wp.mesh_query_point_sign_normal(collider_mesh, x_pred, query_radius)
    if query.result:
        p = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)
        delta = x_pred - p
        dist = wp.length(delta) * query.sign
        err = dist - contact_margin
        # inside the margin: move back onto the offset surface
        if err < 0.0:
            n = wp.normalize(delta) * query.sign
            x_pred = x_pred - n * err
    velocities[tid] = (x_pred - pos) / dt
    new_positions[tid] = x_pred
