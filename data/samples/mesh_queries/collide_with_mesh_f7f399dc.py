import warp as wp


@wp.kernel
def collide_with_mesh(
    collider_mesh: wp.uint64,
    active_count: wp.array[wp.int32],
    points: wp.array[wp.vec3],
    delta_time: float,
    query_radius: float,
    thickness: float,
    velocities: wp.array[wp.vec3],
    new_positions: wp.array[wp.vec3],
):
    tid = wp.tid()
    if tid >= active_count[0]:
        return
    x = points[tid]
    x_pred = x + velocities[tid] * delta_time
    query = wp.mesh_query_point_sign_normal(collider_mesh, x_pred, query_radius)
    if query.result:
        p = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)
        delta = x_pred - p
        dist = wp.length(delta) * query.sign
        err = dist - thickness
        # inside the margin: move back onto the offset surface
        if err < 0.0:
            n = wp.normalize(delta) * query.sign
            x_pred = x_pred - n * err
    velocities[tid] = (x_pred - x) / delta_time
    new_positions[tid] = x_pred
