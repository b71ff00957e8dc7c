import warp as wp


# shape material rows: (ke, kd, kf, mu)
contact_material = wp.types.vector(length=4, dtype=wp.float32)


class GeoType:
    SPHERE = wp.constant(0)
    BOX = wp.constant(1)
    CAPSULE = wp.constant(2)
    PLANE = wp.constant(3)


@wp.kernel(enable_backward=False)
def prepare_contact_buffers(
    contact_count: wp.array[wp.int32],
    last_contact_count: wp.array[wp.int32],
    overflow_flag: wp.array[wp.int32],
    contact_shape0: wp.array[wp.int32],
    contact_shape1: wp.array[wp.int32],
    pair_table: wp.array2d[wp.int32],
    contact_high_water: wp.array[wp.int32],
    num_shapes: wp.int32,
):
    count = contact_count[0]
    if count > contact_high_water[0]:
        contact_high_water[0] = count
    capacity = contact_shape0.shape[0]
    if count > capacity:
        overflow_flag[0] = 1
        count = capacity
    last_contact_count[0] = count
    for k in range(capacity):
        contact_shape0[k] = -1
        contact_shape1[k] = -1
    for a in range(num_shapes):
        for b in range(num_shapes):
            pair_table[a, b] = -1
    contact_count[0] = 0


@wp.func
def coulomb_friction(vt: wp.vec3, fn: float, kf: float, mu: float) -> wp.vec3:
    # viscous while slow, capped by the Coulomb cone once sliding
    return wp.normalize(vt) * wp.min(kf * wp.length(vt), wp.abs(mu * fn))


def create_resolve_particle_body_contacts_kernel(friction: str):
    @wp.kernel
    def resolve_particle_body_contacts(
        shape_materials: wp.array[contact_material],
        particle_contact_count: wp.array[wp.int32],
        soft_contact_particle: wp.array[wp.int32],
        soft_contact_shape: wp.array[wp.int32],
        soft_contact_body_pos: wp.array[wp.vec3],
        soft_contact_normal: wp.array[wp.vec3],
        shape_body: wp.array[wp.int32],
        points: wp.array[wp.vec3],
        velocities: wp.array[wp.vec3],
        transforms: wp.array[wp.transform],
        twists: wp.array[wp.spatial_vector],
        smoothing_length: float,
        margin: float,
        force_out: wp.array[wp.vec3],
        wrenches_out: wp.array[wp.spatial_vector],
    ):
        tid = wp.tid()
        if tid >= particle_contact_count[0]:
            return
        shape = soft_contact_shape[tid]
        particle = soft_contact_particle[tid]
        body = shape_body[shape]
        X_wb = wp.transform_identity()
        if body >= 0:
            X_wb = transforms[body]
        bx = wp.transform_point(X_wb, soft_contact_body_pos[tid])
        n = soft_contact_normal[tid]
        penetration = wp.dot(n, points[particle] - bx) - smoothing_length
        if penetration > margin:
            return
        material = shape_materials[shape]
        bv = wp.vec3()
        if body >= 0:
            twist = twists[body]
            bv = wp.spatial_bottom(twist) + wp.cross(wp.spatial_top(twist), bx)
        v_rel = velocities[particle] - bv
        v_normal = wp.dot(n, v_rel)
        v_tangent = v_rel - n * v_normal
        fn = penetration * material[0]
        fd = wp.min(v_normal, 0.0) * material[1] * wp.where(penetration < 0.0, 1.0, 0.0)
        if wp.static(friction == "coulomb"):
            ft = coulomb_friction(v_tangent, fn, material[2], material[3])
        elif wp.static(friction == "viscous"):
            ft = v_tangent * material[2]
        else:
            ft = wp.vec3()
        f_total = n * (fn + fd) + ft
        wp.atomic_sub(force_out, particle, f_total)
        if body >= 0:
            wp.atomic_add(wrenches_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))
    return resolve_particle_body_contacts


resolve_particle_body_contacts_viscous = create_resolve_particle_body_contacts_kernel("viscous")


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
def collide_bounding_spheres(
    shape_body: wp.array[wp.int32],
    shape_geo_type: wp.array[wp.int32],
    shape_transform: wp.array[wp.transform],
    shape_scale: wp.array[wp.vec3],
    shape_group: wp.array[wp.int32],
    transforms: wp.array[wp.transform],
    num_shapes: wp.int32,
    max_contacts: wp.int32,
    pair_count: wp.array[wp.int32],
    pairs: wp.array[wp.vec2i],
):
    """Candidate shape pairs for the narrow phase, from the bounding sphere of each shape's geometry."""
    tid = wp.tid()
    shape_a = tid // num_shapes
    shape_b = tid % num_shapes
    if shape_a >= num_shapes or shape_b <= shape_a:
        return
    body_a = shape_body[shape_a]
    body_b = shape_body[shape_b]
    if body_a == body_b:
        return
    group_a = shape_group[shape_a]
    group_b = shape_group[shape_b]
    if group_a != group_b and group_a != 0 and group_b != 0:
        return
    c_a = shape_center(transforms, body_a, shape_transform[shape_a])
    c_b = shape_center(transforms, body_b, shape_transform[shape_b])
    r = bounding_radius(shape_geo_type[shape_a], shape_scale[shape_a]) + bounding_radius(shape_geo_type[shape_b], shape_scale[shape_b])
    if wp.length_sq(c_b - c_a) > r * r:
        return
    slot = wp.atomic_add(pair_count, 0, 1)
    if slot < max_contacts:
        pairs[slot] = wp.vec2i(shape_a, shape_b)


@wp.func
def plane_projection(p: wp.vec3, n: wp.vec3, offset: float):
    return p - n * (wp.dot(p, n) - offset)


@wp.kernel
def project_particles(
    points: wp.array[wp.vec3],
    radii: wp.array[float],
    plane_normal: wp.vec3,
    ground_height: float,
    positions_out: wp.array[wp.vec3],
    normals_out: wp.array[wp.vec3],
):
    """Projection of overlapping particles onto the shape's surface, offset by their radius."""
    tid = wp.tid()
    x = points[tid]
    p = x
    delta = p - plane_projection(x, plane_normal, ground_height)
    dist = wp.length(delta)
    n = wp.vec3(0.0)
    if dist > 0.0 and dist < radii[tid]:
        n = delta / dist
        p = p + n * (radii[tid] - dist)
    positions_out[tid] = p
    normals_out[tid] = n


@wp.kernel
def detect_overlap(
    phi: wp.array[float],
    margin: float,
    penetration: wp.array[float],
    pair_count: wp.array[wp.int32],
):
    """Penetration depth of each point into the shape, and the number of points in contact."""
    tid = wp.tid()
    sdf = phi[tid]
    depth = margin - sdf
    if depth > 0.0:
        wp.atomic_add(pair_count, 0, 1)
    else:
        depth = 0.0
    penetration[tid] = depth
