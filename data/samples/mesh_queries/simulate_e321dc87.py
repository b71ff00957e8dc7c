import warp as wp


@wp.kernel
def simulate(
    mesh_id: wp.uint64,
    points: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    dt: float,
    query_radius: float,
    contact_margin: float,
    new_positions: wp.array[wp.vec3],
    new_velocities: wp.array[wp.vec3],
):
    tid = wp.tid()
    vel = velocities[tid]
    x_pred = points[tid] + vel * dt
    query = wp.mesh_query_point_sign_normal(mesh_id, x_pred, query_radius)
    if query.result:
        p = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)
        delta = x_pred - p
        dist = wp.length(delta) * query.sign
        err = dist - contact_margin
        # inside the margin: move back onto the offset surface
        if err < 0.0:
            n = wp.normalize(delta) * query.sign
            x_pred = x_pred - n * err
    new_velocities[tid] = (x_pred - points[tid]) / dt
    new_positions[tid] = x_pred
