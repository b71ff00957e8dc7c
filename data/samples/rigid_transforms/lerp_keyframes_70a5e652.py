import warp as wp


@wp.kernel
def lerp_keyframes(
    mesh_id: wp.uint64,
    poses: wp.array[wp.transform],
    target_q: wp.array[wp.transform],
    particle_x: wp.array[wp.vec3],
    max_dist: float,
    std_dev: float,
    poses_out: wp.array[wp.transform],
):
    tid = wp.tid()
    X_wb = poses[tid]
    X_target = target_q[tid]
    x = particle_x[tid]

    # sign from the mesh: inside is negative
    phi = max_dist
    query = wp.mesh_query_point_sign_parity(mesh_id, x, max_dist, 3, 1.0e-3)
    if query.result:
        closest = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)
        phi = wp.length(x - closest) * query.sign
    w = 0.5 * (1.0 - wp.erf(phi / (1.41421356 * std_dev)))
    p = wp.lerp(wp.transform_get_translation(X_wb), wp.transform_get_translation(X_target), w)
    q0 = wp.transform_get_rotation(X_wb)
    q1 = wp.transform_get_rotation(X_target)
    # q and -q are the same rotation: take the short way round
    if wp.dot(q0, q1) < 0.0:
        q1 = -q1
    poses_out[tid] = wp.transform(p, wp.quat_slerp(q0, q1, w))
