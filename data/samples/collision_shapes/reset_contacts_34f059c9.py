import warp as wp


class GeoType:
    SPHERE = wp.constant(0)
    BOX = wp.constant(1)
    CAPSULE = wp.constant(2)
    PLANE = wp.constant(3)


@wp.kernel(enable_backward=False)
def reset_contacts(
    contact_max: wp.int32,
    rigid_contact_count: wp.array(dtype=wp.int32),
    contact_count_prev: wp.array(dtype=wp.int32),
    contact_overflow: wp.array(dtype=wp.int32),
    contact_shape0: wp.array(dtype=wp.int32),
    contact_shape1: wp.array(dtype=wp.int32),
    rigid_contact_force: wp.array(dtype=wp.vec3),
):
    count = rigid_contact_count[0]
    if count > contact_max:
        contact_overflow[0] = count - contact_max
        count = contact_max
    contact_count_prev[0] = count
    for k in range(count):
        contact_shape0[k] = -1
        contact_shape1[k] = -1
        rigid_contact_force[k] = wp.vec3(0.0)
    rigid_contact_count[0] = 0


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
def find_shape_pairs(
    shape_body: wp.array(dtype=wp.int32),
    shape_geo_type: wp.array(dtype=wp.int32),
    shape_X_bs: wp.array(dtype=wp.transform),
    shape_scale: wp.array(dtype=wp.vec3),
    shape_group: wp.array(dtype=wp.int32),
    body_q: wp.array(dtype=wp.transform),
    shape_count: wp.int32,
    contact_margin: float,
    contact_max: wp.int32,
    contact_count: wp.array(dtype=wp.int32),
    contact_pairs: wp.array(dtype=wp.vec2i),
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
    group_a = shape_group[shape_a]
    group_b = shape_group[shape_b]
    # group 0 collides with every group, other groups only with themselves
    if group_a != group_b and group_a != 0 and group_b != 0:
        return
    c_a = shape_center(body_q, body_a, shape_X_bs[shape_a])
    c_b = shape_center(body_q, body_b, shape_X_bs[shape_b])
    r = bounding_radius(shape_geo_type[shape_a], shape_scale[shape_a]) + bounding_radius(shape_geo_type[shape_b], shape_scale[shape_b])
    r += contact_margin
    if wp.length_sq(c_b - c_a) > r * r:
        return
    slot = wp.atomic_add(contact_count, 0, 1)
    if slot < contact_max:
        contact_pairs[slot] = wp.vec2i(shape_a, shape_b)


@wp.func
def support_point(geo_type: wp.int32, scale: wp.vec3, d: wp.vec3) -> wp.vec3:
    # farthest point of the shape along the unit direction d, in the shape's frame
    if geo_type == GeoType.BOX:
        return wp.vec3(wp.sign(d[0]) * scale[0], wp.sign(d[1]) * scale[1], wp.sign(d[2]) * scale[2])
    return d * scale[0]


@wp.kernel(enable_backward=False)
def collide_shapes_ground(
    shape_body: wp.array(dtype=wp.int32),
    shape_geo_type: wp.array(dtype=wp.int32),
    shape_X_bs: wp.array(dtype=wp.transform),
    shape_scale: wp.array(dtype=wp.vec3),
    body_q: wp.array(dtype=wp.transform),
    contact_max: wp.int32,
    up: wp.vec3,
    ground_height: float,
    contact_margin: float,
    rigid_contact_count: wp.array(dtype=wp.int32),
    contact_shape0: wp.array(dtype=wp.int32),
    contact_depth: wp.array(dtype=float),
    contact_normals: wp.array(dtype=wp.vec3),
    world_points: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    body = shape_body[tid]
    geo_type = shape_geo_type[tid]
    if body < 0:
        return
    if geo_type != GeoType.SPHERE and geo_type != GeoType.BOX:
        return
    X_ws = wp.transform_multiply(body_q[body], shape_X_bs[tid])
    n_s = wp.quat_rotate_inv(wp.transform_get_rotation(X_ws), -up)
    p = wp.transform_point(X_ws, support_point(geo_type, shape_scale[tid], n_s))
    d = wp.dot(up, p) - ground_height
    if d >= contact_margin:
        return
    slot = wp.atomic_add(rigid_contact_count, 0, 1)
    if slot >= contact_max:
        return
    contact_shape0[slot] = tid
    world_points[slot] = p
    contact_normals[slot] = up
    contact_depth[slot] = -d
