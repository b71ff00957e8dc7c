import warp as wp


@wp.kernel
def project_out_of_mesh(
    collider_mesh: wp.uint64,
    active_count: wp.array[int],
    velocities: wp.array[wp.vec3],
    points: wp.array[wp.vec3],
    new_velocities: wp.array[wp.vec3],
    time_step: float,
    query_radius: float,
    thickness: float,
):
    tid = wp.tid()
    if tid >= active_count[0]:
        return
    pos = points[tid]
    vel = velocities[tid]
    x_pred = pos + vel * time_step
    query = wp.mesh_query_point_sign_winding_number(collider_mesh, x_pred, query_radius, 2.0, 0.5)
    if query.result:
        p = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)
        delta = x_pred - p
        dist = wp.length(delta) * query.sign
        err = dist - thickness
        # inside the margin: move back onto the offset surface
        if err < 0.0:
            n = wp.normalize(delta) * query.sign
            x_pred = x_pred - n * err
    new_velocities[tid] = (x_pred - pos) / time_step
    points[tid] = x_pred
