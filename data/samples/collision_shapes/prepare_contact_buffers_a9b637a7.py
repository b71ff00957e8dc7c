import warp as wp


class GeoType:
    SPHERE = wp.constant(0)
    BOX = wp.constant(1)
    CAPSULE = wp.constant(2)
    PLANE = wp.constant(3)


class ParticleFlags:
    ACTIVE = wp.constant(wp.int32(1))


@wp.kernel(enable_backward=False)
def prepare_contact_buffers(
    world_count: wp.int32,
    contact_count: wp.array[wp.int32],
    contact_overflow: wp.array[wp.int32],
    contact_shape0: wp.array[wp.int32],
    contact_shape1: wp.array[wp.int32],
    world_contact_count: wp.array[wp.int32],
):
    count = contact_count[0]
    capacity = contact_shape0.shape[0]
    if count > capacity:
        contact_overflow[0] = 1
        count = capacity
    # every slot, so stale contacts past the count never reach the solver
    for k in range(capacity):
        contact_shape0[k] = -1
        contact_shape1[k] = -1
    for w in range(world_count):
        world_contact_count[w] = 0
    contact_count[0] = 0


@wp.func
def bounding_radius(geo_type: wp.int32, scale: wp.vec3) -> float:
    if geo_type == GeoType.BOX:
        return wp.length(scale)
    if geo_type == GeoType.CAPSULE:
        return scale[0] + scale[1]
    return scale[0]


@wp.func
def shape_center(body_transforms: wp.array(dtype=wp.transform), body: wp.int32, X_bs: wp.transform) -> wp.vec3:
    if body < 0:
        return wp.transform_get_translation(X_bs)
    return wp.transform_point(body_transforms[body], wp.transform_get_translation(X_bs))


@wp.kernel(enable_backward=False)
def broadphase_collision_pairs(
    shape_body: wp.array[wp.int32],
    shape_type: wp.array[wp.int32],
    shape_X_bs: wp.array[wp.transform],
    geo_scale: wp.array[wp.vec3],
    body_q: wp.array[wp.transform],
    shape_count: wp.int32,
    contact_max: wp.int32,
    pair_count: wp.array[wp.int32],
    contact_pairs: wp.array[wp.vec2i],
):
    """Candidate shape pairs for the narrow phase, from the bounding sphere of each shape's geometry."""
    tid = wp.tid()
    shape_a = tid // shape_count
    shape_b = tid % shape_count
    # each unordered pair once
    if shape_a >= shape_count or shape_b <= shape_a:
        return
    body_a = shape_body[shape_a]
    body_b = shape_body[shape_b]
    # shapes of one body, or two static shapes (body -1), never collide
    if body_a == body_b:
        return
    c_a = shape_center(body_q, body_a, shape_X_bs[shape_a])
    c_b = shape_center(body_q, body_b, shape_X_bs[shape_b])
    r = bounding_radius(shape_type[shape_a], geo_scale[shape_a]) + bounding_radius(shape_type[shape_b], geo_scale[shape_b])
    if wp.length_sq(c_b - c_a) > r * r:
        return
    slot = wp.atomic_add(pair_count, 0, 1)
    if slot < contact_max:
        contact_pairs[slot] = wp.vec2i(shape_a, shape_b)


@wp.func
def shape_sdf(geo_type: wp.int32, scale: wp.vec3, p: wp.vec3) -> float:
    # scale holds the radius (x), the box half extents, or the capsule's half height (y)
    if geo_type == GeoType.CAPSULE:
        axis_y = wp.clamp(p[1], -scale[1], scale[1])
        return wp.length(p - wp.vec3(0.0, axis_y, 0.0)) - scale[0]
    if geo_type == GeoType.PLANE:
        return p[1]
    return wp.length(p) - scale[0]


@wp.func
def shape_normal(geo_type: wp.int32, scale: wp.vec3, p: wp.vec3) -> wp.vec3:
    if geo_type == GeoType.CAPSULE:
        return wp.normalize(p - wp.vec3(0.0, wp.clamp(p[1], -scale[1], scale[1]), 0.0))
    if geo_type == GeoType.PLANE:
        return wp.vec3(0.0, 1.0, 0.0)
    return wp.normalize(p)


@wp.func
def contact_response(n: wp.vec3, v_rel: wp.vec3, penetration: float, ke: float, kd: float, mu: float, kf: float) -> wp.vec3:
    vn = wp.dot(n, v_rel)
    # Hertzian normal stiffness: the force grows with depth^(3/2)
    fe = ke * penetration * wp.sqrt(penetration)
    # damp only approaching motion, so separating contacts never pull
    fn = fe - kd * wp.min(vn, 0.0)
    vt = v_rel - n * vn
    vs = wp.length(vt)
    if vs > 0.0:
        vt = vt / vs
    # viscous friction, capped by the Coulomb cone
    ft = wp.min(kf * vs, mu * fn)
    return n * fn - vt * ft


@wp.kernel
def eval_soft_contacts(
    particle_contact_count: wp.array[wp.int32],
    contact_particle: wp.array[wp.int32],
    contact_shape: wp.array[wp.int32],
    particle_flags: wp.array[wp.int32],
    shape_body_index: wp.array[wp.int32],
    shape_type: wp.array[wp.int32],
    shape_X_bs: wp.array[wp.transform],
    geo_scale: wp.array[wp.vec3],
    body_q: wp.array[wp.transform],
    body_qd: wp.array[wp.spatial_vector],
    com: wp.array[wp.vec3],
    particle_x: wp.array[wp.vec3],
    v: wp.array[wp.vec3],
    radii: wp.array[float],
    shape_material_ke: wp.array[float],
    shape_kd: wp.array[float],
    shape_material_kf: wp.array[float],
    shape_mu: wp.array[float],
    k_contact: float,
    contact_kd: float,
    kf: float,
    forces: wp.array[wp.vec3],
    wrenches_out: wp.array[wp.spatial_vector],
):
    tid = wp.tid()
    if tid >= particle_contact_count[0]:
        return
    particle = contact_particle[tid]
    if (particle_flags[particle] & ParticleFlags.ACTIVE) == 0:
        return
    x_p = particle_x[particle]
    v_p = v[particle]
    radius = radii[particle]
    shape = contact_shape[tid]
    body = shape_body_index[shape]
    geo_type = shape_type[shape]
    if geo_type != GeoType.SPHERE and geo_type != GeoType.CAPSULE and geo_type != GeoType.PLANE:
        return
    # shape frame in world; a shape without a body is static
    X_ws = shape_X_bs[shape]
    X_com = wp.vec3(0.0)
    body_twist = wp.spatial_vector()
    if body >= 0:
        X_wb = body_q[body]
        X_ws = wp.transform_multiply(X_wb, X_ws)
        X_com = wp.transform_point(X_wb, com[body])
        body_twist = body_qd[body]
    scale = geo_scale[shape]
    x_local = wp.transform_point(wp.transform_inverse(X_ws), x_p)
    penetration = radius - shape_sdf(geo_type, scale, x_local)
    if penetration <= 0.0:
        return
    n = wp.transform_vector(X_ws, shape_normal(geo_type, scale, x_local))
    # the touching point on the shape's surface, and its lever arm about the centre of mass
    r_com = x_p - n * (radius - penetration) - X_com
    v_body = wp.spatial_bottom(body_twist) + wp.cross(wp.spatial_top(body_twist), r_com)
    # the pair's coefficients: the mean of the particles' and the shape's
    k_n = 0.5 * (k_contact + shape_material_ke[shape])
    k_d = 0.5 * (contact_kd + shape_kd[shape])
    k_f = 0.5 * (kf + shape_material_kf[shape])
    k_mu = 0.5 * (0.5 + shape_mu[shape])
    f_c = contact_response(n, v_p - v_body, penetration, k_n, k_d, k_mu, k_f)
    wp.atomic_add(forces, particle, f_c)
    if body >= 0:
        wp.atomic_sub(wrenches_out, body, wp.spatial_vector(wp.cross(r_com, f_c), f_c))
