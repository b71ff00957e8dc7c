import warp as wp


# shape material rows: (ke, kd, kf, mu)
contact_material = wp.types.vector(length=4, dtype=wp.float32)


class ParticleFlags:
    ACTIVE = wp.constant(wp.int32(1))


def create_soft_contact_forces_kernel(friction: str):
    @wp.kernel
    def soft_contact_forces(
        shape_materials: wp.array[contact_material],
        particle_contact_count: wp.array[wp.int32],
        contact_particle: wp.array[wp.int32],
        soft_contact_shape: wp.array[wp.int32],
        soft_contact_body_pos: wp.array[wp.vec3],
        soft_contact_normal: wp.array[wp.vec3],
        shape_body: wp.array[wp.int32],
        particle_x: wp.array[wp.vec3],
        particle_v: wp.array[wp.vec3],
        particle_radius: wp.array[float],
        contact_margin: wp.array[float],
        body_q: wp.array[wp.transform],
        body_qd: wp.array[wp.spatial_vector],
        particle_f: wp.array[wp.vec3],
        body_f_out: wp.array[wp.spatial_vector],
    ):
        tid = wp.tid()
        if tid >= particle_contact_count[0]:
            return
        shape = soft_contact_shape[tid]
        particle = contact_particle[tid]
        body = shape_body[shape]
        margin = contact_margin[0]
        radius = particle_radius[0]
        X_wb = body_q[body]
        bx = wp.transform_point(X_wb, soft_contact_body_pos[tid])
        n = soft_contact_normal[tid]
        separation = wp.dot(n, particle_x[particle] - bx) - radius
        if separation > margin:
            return
        material = shape_materials[shape]
        twist = body_qd[body]
        bv = wp.spatial_bottom(twist) + wp.cross(wp.spatial_top(twist), bx)
        v_rel = particle_v[particle] - bv
        v_normal = wp.dot(n, v_rel)
        v_tangent = v_rel - n * v_normal
        fn = separation * material[0]
        fd = wp.min(v_normal, 0.0) * material[1] * wp.where(separation < 0.0, 1.0, 0.0)
        if wp.static(friction == "coulomb"):
            ft = wp.normalize(v_tangent) * wp.min(material[2] * wp.length(v_tangent), wp.abs(material[3] * fn))
        elif wp.static(friction == "viscous"):
            ft = v_tangent * material[2]
        else:
            ft = wp.vec3()
        f_total = n * (fn + fd) + ft
        wp.atomic_sub(particle_f, particle, f_total)
        wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))
    return soft_contact_forces


soft_contact_forces_frictionless = create_soft_contact_forces_kernel("frictionless")


@wp.kernel
def solve_shape_contact(
    particle_x: wp.array[wp.vec3],
    shape_centers: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    new_positions: wp.array[wp.vec3],
    contact_normals: wp.array[wp.vec3],
):
    tid = wp.tid()
    radius = particle_radius[tid]
    pos = particle_x[tid]
    center = shape_centers[tid]
    p = pos
    delta = p - (center + wp.normalize(pos - center) * radius)
    dist = wp.length(delta)
    n = wp.vec3(0.0)
    if dist > 0.0 and dist < radius:
        n = delta / dist
        p = p + n * (radius - dist)
    new_positions[tid] = p
    contact_normals[tid] = n


@wp.kernel
def ground_contact(
    particle_x: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    plane_offset: wp.array[float],
    k_spring: wp.array[float],
    k_damp: wp.array[float],
    shape_mu: wp.array[float],
    forces: wp.array[wp.vec3],
    up: wp.vec3,
):
    """Normal and friction forces from the ground, added to each particle's force."""
    tid = wp.tid()
    damping = k_damp[0]
    k = k_spring[0]
    offset = plane_offset[0]
    x = particle_x[tid]
    v = particle_v[tid]
    r = particle_radius[tid]
    mu = shape_mu[tid]
    c = wp.min(wp.dot(up, x) - offset - r, 0.0)
    if c >= 0.0:
        return
    vn = wp.dot(up, v)
    fn = c * k + wp.min(vn, 0.0) * damping
    # friction opposes the tangential velocity, bounded by the Coulomb cone
    vt = v - up * vn
    vs = wp.length(vt)
    if vs > 0.0:
        vt = vt / vs
    ft = wp.min(vs * damping, mu * wp.abs(fn))
    forces[tid] = -up * fn - vt * ft


@wp.kernel(enable_backward=False)
def find_particle_pairs(
    grid: wp.uint64,
    particle_flags: wp.array[wp.int32],
    particle_x: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    particle_max_radius: wp.array[float],
    contact_margin: wp.array[float],
    contact_count: wp.array[wp.int32],
    contact_pairs: wp.array[wp.vec2i],
    pair_capacity: wp.int32,
):
    """Particle broad phase: candidate contact pairs from the hash grid, appended to a fixed-capacity buffer."""
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    if i == -1 or (particle_flags[i] & ParticleFlags.ACTIVE) == 0:
        return
    margin = contact_margin[0]
    max_radius = particle_max_radius[0]
    xi = particle_x[i]
    ri = particle_radius[i]
    query = wp.hash_grid_query(grid, xi, ri + max_radius + margin)
    j = int(0)
    while wp.hash_grid_query_next(query, j):
        if j <= i or (particle_flags[j] & ParticleFlags.ACTIVE) == 0:
            continue
        depth = ri + particle_radius[j] + margin - wp.length(xi - particle_x[j])
        if depth < 0.0:
            continue
        slot = wp.atomic_add(contact_count, 0, 1)
        if slot < pair_capacity:
            contact_pairs[slot] = wp.vec2i(i, j)
