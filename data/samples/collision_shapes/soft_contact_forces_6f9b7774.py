import warp as wp


# shape material rows: (ke, kd, kf, mu)
contact_material = wp.types.vector(length=4, dtype=wp.float32)


class ParticleFlags:
    ACTIVE = wp.constant(wp.int32(1))


@wp.func
def coulomb_friction(vt: wp.vec3, fn: float, kf: float, mu: float) -> wp.vec3:
    # viscous while slow, capped by the Coulomb cone once sliding
    return wp.normalize(vt) * wp.min(kf * wp.length(vt), wp.abs(mu * fn))


def create_soft_contact_forces_kernel(friction: str):
    @wp.kernel
    def soft_contact_forces(
        shape_materials: wp.array[contact_material],
        soft_contact_count: wp.array[wp.int32],
        soft_contact_particle: wp.array[wp.int32],
        contact_shape: wp.array[wp.int32],
        contact_body_pos: wp.array[wp.vec3],
        contact_normal: wp.array[wp.vec3],
        shape_body: wp.array[wp.int32],
        particle_x: wp.array[wp.vec3],
        particle_v: wp.array[wp.vec3],
        body_q: wp.array[wp.transform],
        body_qd: wp.array[wp.spatial_vector],
        particle_radius: float,
        contact_margin: float,
        particle_f: wp.array[wp.vec3],
        body_f_out: wp.array[wp.spatial_vector],
    ):
        tid = wp.tid()
        if tid >= soft_contact_count[0]:
            return
        shape = contact_shape[tid]
        particle = soft_contact_particle[tid]
        body = shape_body[shape]
        X_wb = wp.transform_identity()
        if body >= 0:
            X_wb = body_q[body]
        bx = wp.transform_point(X_wb, contact_body_pos[tid])
        n = contact_normal[tid]
        separation = wp.dot(n, particle_x[particle] - bx) - particle_radius
        if separation > contact_margin:
            return
        material = shape_materials[shape]
        bv = wp.vec3()
        if body >= 0:
            twist = body_qd[body]
            bv = wp.spatial_bottom(twist) + wp.cross(wp.spatial_top(twist), bx)
        v_rel = particle_v[particle] - bv
        v_normal = wp.dot(n, v_rel)
        v_tangent = v_rel - n * v_normal
        fn = separation * material[0]
        if wp.static(friction == "coulomb"):
            ft = coulomb_friction(v_tangent, fn, material[2], material[3])
        elif wp.static(friction == "viscous"):
            ft = v_tangent * material[2]
        else:
            ft = wp.vec3()
        f_total = n * fn + ft
        wp.atomic_sub(particle_f, particle, f_total)
        if body >= 0:
            wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))
    return soft_contact_forces


soft_contact_forces_coulomb = create_soft_contact_forces_kernel("coulomb")


@wp.func
def project_to_box(box_pose: wp.transform, half_extents: wp.vec3, p: wp.vec3):
    p_local = wp.transform_point(wp.transform_inverse(box_pose), p)
    clamped = wp.vec3(
        wp.clamp(p_local[0], -half_extents[0], half_extents[0]),
        wp.clamp(p_local[1], -half_extents[1], half_extents[1]),
        wp.clamp(p_local[2], -half_extents[2], half_extents[2]),
    )
    return wp.transform_point(box_pose, clamped)


@wp.kernel
def resolve_contacts(
    body_q: wp.array[wp.transform],
    radii: wp.array[float],
    box_size: wp.vec3,
    particle_x: wp.array[wp.vec3],
    contact_normals: wp.array[wp.vec3],
):
    tid = wp.tid()
    x = particle_x[tid]
    X_wb = body_q[tid]
    p = x
    delta = p - project_to_box(X_wb, box_size, x)
    dist = wp.length(delta)
    n = wp.vec3(0.0)
    if dist > 0.0 and dist < radii[tid]:
        n = delta / dist
        p = p + n * (radii[tid] - dist)
    particle_x[tid] = p
    contact_normals[tid] = n


@wp.kernel(enable_backward=False)
def collect_particle_contacts(
    grid: wp.uint64,
    particle_flags: wp.array[wp.int32],
    particle_x: wp.array[wp.vec3],
    radii: wp.array[float],
    particle_max_radius: float,
    contact_margin: float,
    max_pairs: wp.int32,
    contact_count: wp.array[wp.int32],
    contact_pairs: wp.array[wp.vec2i],
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    if i == -1 or (particle_flags[i] & ParticleFlags.ACTIVE) == 0:
        return
    xi = particle_x[i]
    ri = radii[i]
    for j in wp.hash_grid_query(grid, xi, ri + particle_max_radius + contact_margin):
        if j <= i or (particle_flags[j] & ParticleFlags.ACTIVE) == 0:
            continue
        depth = ri + radii[j] + contact_margin - wp.length(xi - particle_x[j])
        if depth < 0.0:
            continue
        slot = wp.atomic_add(contact_count, 0, 1)
        if slot < max_pairs:
            contact_pairs[slot] = wp.vec2i(i, j)


@wp.kernel
def ground_contact(
    particle_x: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    radii: wp.array[float],
    spring_damping: wp.array[float],
    up: wp.vec3,
    ground_height: float,
    k_spring: float,
    friction_coeff: float,
    forces: wp.array[wp.vec3],
):
    tid = wp.tid()
    pos = particle_x[tid]
    v = particle_v[tid]
    c = wp.min(wp.dot(up, pos) - ground_height - radii[tid], 0.0)
    if c >= 0.0:
        return
    vn = wp.dot(up, v)
    fn = c * k_spring + wp.min(vn, 0.0) * spring_damping[tid]
    # friction opposes the tangential velocity, bounded by the Coulomb cone
    vt = v - up * vn
    vs = wp.length(vt)
    if vs > 0.0:
        vt = vt / vs
    ft = wp.min(vs * spring_damping[tid], friction_coeff * wp.abs(fn))
    forces[tid] = -up * fn - vt * ft
