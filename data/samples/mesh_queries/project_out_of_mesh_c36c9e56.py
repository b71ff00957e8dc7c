import warp as wp


@wp.kernel
def project_out_of_mesh(
    mesh: wp.uint64,
    positions: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    time_step: float,
    max_dist: float,
    contact_margin: float,
    new_positions: wp.array[wp.vec3],
    v_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    vel = velocities[tid]
    x_pred = positions[tid] + vel * time_step
    query = wp.mesh_query_point_sign_winding_number(mesh, x_pred, max_dist, 2.0, 0.5)
    if query.result:
        p = wp.mesh_eval_position(mesh, query.face, query.u, query.v)
        delta = x_pred - p
        dist = wp.length(delta) * query.sign
        err = dist - contact_margin
        # inside the margin: move back onto the offset surface
        if err < 0.0:
            n = wp.normalize(delta) * query.sign
            x_pred = x_pred - n * err
    v_out[tid] = (x_pred - positions[tid]) / time_step
    new_positions[tid] = x_pred
