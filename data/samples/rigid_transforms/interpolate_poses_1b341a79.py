import warp as wp


@wp.kernel
def interpolate_poses(
    num_active: wp.array[wp.int32],
    active: wp.array[wp.int32],
    x: wp.array[wp.vec3],
    normals: wp.array[wp.vec3],
    keyframes: wp.array[wp.transform],
    body_q_out: wp.array[wp.transform],
    direction: wp.vec3,
    alpha: float,
):
    tid = wp.tid()
    flag = active[tid]
    if tid >= num_active[0] or flag == 0:
        return
    n = normals[tid]

    # rows: tangent, normal, binormal
    binormal = wp.normalize(wp.cross(direction, n))
    tangent = wp.cross(n, binormal)
    R = wp.matrix_from_rows(tangent, n, binormal)
    X_target = keyframes[tid]
    X0 = wp.transform(x[tid], wp.quat_from_matrix(R))
    p = wp.lerp(wp.transform_get_translation(X0), wp.transform_get_translation(X_target), alpha)
    q0 = wp.transform_get_rotation(X0)
    q1 = wp.transform_get_rotation(X_target)
    # q and -q are the same rotation: take the short way round
    if wp.dot(q0, q1) < 0.0:
        q1 = -q1
    body_q_out[tid] = wp.transform(p, wp.quat_slerp(q0, q1, alpha))
