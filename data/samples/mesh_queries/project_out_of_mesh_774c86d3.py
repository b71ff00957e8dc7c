import warp as wp


@wp.kernel
def project_out_of_mesh(
    mesh: wp.uint64,
    positions: wp.array(dtype=wp.vec3),
    particle_v: wp.array(dtype=wp.vec3),
    delta_time: float,
    query_radius: float,
    thickness: float,
    new_positions: wp.array(dtype=wp.vec3),
    new_velocities: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    vel = particle_v[tid]
    x_pred = positions[tid] + vel * delta_time
    query = wp.mesh_query_point_sign_normal(mesh, x_pred, query_radius)
    if query.result:
        p = wp.mesh_eval_position(mesh, query.face, query.u, query.v)
        delta = x_pred - p
        dist = wp.length(delta) * query.sign
        err = dist - thickness
        # inside the margin: move back onto the offset surface
        if err < 0.0:
            n = wp.normalize(delta) * query.sign
            x_pred = x_pred - n * err
    new_velocities[tid] = (x_pred - positions[tid]) / delta_time
    new_positions[tid] = x_pred
