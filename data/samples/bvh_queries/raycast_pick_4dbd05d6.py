import warp as wp


@wp.func
def ray_box(ro: wp.vec3, inv_rd: wp.vec3, lower: wp.vec3, upper: wp.vec3) -> float:
    # slab test: entry distance, the exit one when the origin is inside, -1 for a miss
    t0 = wp.cw_mul(lower - ro, inv_rd)
    t1 = wp.cw_mul(upper - ro, inv_rd)
    t_near = wp.max(wp.min(t0, t1))
    t_far = wp.min(wp.max(t0, t1))
    if t_near > t_far or t_far < 0.0:
        return -1.0
    return wp.where(t_near >= 0.0, t_near, t_far)


@wp.kernel(enable_backward=False)
def raycast_pick(
    bvh_id: wp.uint64,
    pick_origins: wp.array(dtype=wp.vec3),
    ray_dirs: wp.array(dtype=wp.vec3),
    shape_body: wp.array(dtype=wp.int32),
    body_q: wp.array(dtype=wp.transform),
    box_min: wp.array(dtype=wp.vec3),
    box_max: wp.array(dtype=wp.vec3),
    ray_length: wp.array(dtype=float),
    pick_body: wp.array(dtype=wp.int32),
    pick_dist: wp.array(dtype=float),
    pick_attach_local: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    ro = pick_origins[tid]
    rd = wp.normalize(ray_dirs[tid])
    max_t = ray_length[0]
    t_best = max_t
    best_body = int(-1)
    query = wp.bvh_query_ray(bvh_id, ro, rd)
    index = int(0)
    while wp.bvh_query_next(query, index, t_best):
        body = shape_body[index]
        # boxes are tested in their body's frame: a rigid transform keeps distances along the ray
        X_bw = wp.transform_inverse(body_q[body])
        rd_b = wp.transform_vector(X_bw, rd)
        inv_rd = wp.vec3(1.0 / rd_b[0], 1.0 / rd_b[1], 1.0 / rd_b[2])
        t = ray_box(wp.transform_point(X_bw, ro), inv_rd, box_min[index], box_max[index])
        if t >= 0.0 and t < t_best:
            t_best = t
            best_body = body
    pick_body[tid] = best_body
    if best_body < 0:
        return
    pick_dist[tid] = t_best
    hit = ro + rd * t_best
    # the grab point in the body's frame, so the spring follows the body
    pick_attach_local[tid] = wp.transform_point(wp.transform_inverse(body_q[best_body]), hit)


@wp.func
def inverse_effective_mass(X_wb: wp.transform, inv_m: float, inv_I: wp.mat33, r: wp.vec3, n: wp.vec3) -> float:
    # 1/m + (r x n) . I^-1 (r x n), the inverse inertia given in the body frame
    rn = wp.quat_rotate_inv(wp.transform_get_rotation(X_wb), wp.cross(r, n))
    return inv_m + wp.dot(rn, inv_I @ rn)


@wp.func
def twist_change(X_wb: wp.transform, inv_m: float, inv_I: wp.mat33, r: wp.vec3, impulse: wp.vec3) -> wp.spatial_vector:
    q = wp.transform_get_rotation(X_wb)
    dw = wp.quat_rotate(q, inv_I @ wp.quat_rotate_inv(q, wp.cross(r, impulse)))
    return wp.spatial_vector(dw, impulse * inv_m)


@wp.kernel
def apply_contact_impulses(
    rigid_contact_count: wp.array(dtype=wp.int32),
    contact_shape0: wp.array(dtype=wp.int32),
    contact_point0: wp.array(dtype=wp.vec3),
    contact_normal: wp.array(dtype=wp.vec3),
    shape_body: wp.array(dtype=wp.int32),
    body_q: wp.array(dtype=wp.transform),
    body_qd: wp.array(dtype=wp.spatial_vector),
    body_com: wp.array(dtype=wp.vec3),
    body_inv_mass: wp.array(dtype=float),
    body_inv_inertia: wp.array(dtype=wp.mat33),
    contact_max: wp.int32,
    body_deltas: wp.array(dtype=wp.spatial_vector),
):
    tid = wp.tid()
    count = wp.min(rigid_contact_count[0], contact_max)
    if tid >= count:
        return
    body_a = shape_body[contact_shape0[tid]]
    if body_a < 0:
        return
    n = contact_normal[tid]
    p = contact_point0[tid]
    X_wb_a = body_q[body_a]
    inv_m_a = body_inv_mass[body_a]
    inv_I_a = body_inv_inertia[body_a]
    r_a = p - wp.transform_point(X_wb_a, body_com[body_a])
    v_rel = wp.velocity_at_point(body_qd[body_a], r_a)
    w = inverse_effective_mass(X_wb_a, inv_m_a, inv_I_a, r_a, n)
    vn = wp.dot(n, v_rel)
    if vn >= 0.0 or w <= 0.0:
        return
    impulse = n * (-(1.0 + 0.8) * vn / w)
    wp.atomic_add(body_deltas, body_a, twist_change(X_wb_a, inv_m_a, inv_I_a, r_a, impulse))
