import warp as wp


@wp.func
def triangle_normal(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3) -> wp.vec3:
    # twice the area times the unit normal (right-handed winding)
    return wp.cross(p1 - p0, p2 - p0)


@wp.kernel(enable_backward=False)
def accumulate_vertex_normals(
    triangles: wp.array[wp.int32],
    verts: wp.array[wp.vec3],
    num_faces: wp.int32,
    normals_accum: wp.array[wp.vec3],
    face_areas: wp.array[float],
):
    tid = wp.tid()
    if tid >= num_faces:
        return
    base = tid * 3
    i0 = triangles[base]
    i1 = triangles[base + 1]
    i2 = triangles[base + 2]
    p0 = verts[i0]
    p1 = verts[i1]
    p2 = verts[i2]
    n = triangle_normal(p0, p1, p2)
    double_area = wp.length(n)
    if double_area < 1.0e-12:
        return
    area = 0.5 * double_area
    n_unit = wp.normalize(n)
    face_areas[tid] = area
    wp.atomic_add(normals_accum, i0, n_unit)
    wp.atomic_add(normals_accum, i1, n_unit)
    wp.atomic_add(normals_accum, i2, n_unit)


@wp.func
def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:
    # signed angle between the face normals, positive when the quad folds along +e_hat
    # atan2 keeps full precision near flat, where acos loses it
    return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))


@wp.kernel
def eval_cloth_bending(
    bending_indices: wp.array[wp.vec4i],
    points: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    bending_properties: wp.array2d[float],
    bending_rest_angle: wp.array[float],
    particle_inv_mass: wp.array[float],
    delta_time: float,
    yield_angle: float,
    energy: wp.array[float],
    velocity_deltas: wp.array[wp.vec3],
    rest_angle_out: wp.array[float],
):
    tid = wp.tid()
    quad = bending_indices[tid]
    i = quad[0]
    j = quad[1]
    k = quad[2]
    l = quad[3]
    if i == -1 or j == -1:
        return
    if particle_inv_mass[i] + particle_inv_mass[j] + particle_inv_mass[k] + particle_inv_mass[l] == 0.0:
        return
    ke = bending_properties[tid, 0]
    kd = bending_properties[tid, 1]
    x_i = points[i]
    x_j = points[j]
    x_k = points[k]
    x_l = points[l]
    n1 = wp.cross(x_k - x_i, x_l - x_i)
    n2 = wp.cross(x_l - x_j, x_k - x_j)
    n1_length = wp.length(n1)
    n2_length = wp.length(n2)
    if n1_length < 1.0e-6 or n2_length < 1.0e-6:
        return
    e = x_l - x_k
    e_length = wp.length(e)
    e_hat = e / e_length
    rcp_n1 = 1.0 / n1_length
    rcp_n2 = 1.0 / n2_length
    theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)
    dtheta = theta - bending_rest_angle[tid]
    g1 = n1 * (rcp_n1 * rcp_n1)
    g2 = n2 * (rcp_n2 * rcp_n2)
    d_i = g1 * e_length
    d_j = g2 * e_length
    d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)
    d_l = g1 * wp.dot(x_k - x_i, e_hat) + g2 * wp.dot(x_k - x_j, e_hat)
    weight = e_length
    f_elastic = ke * dtheta
    dtheta_dt = wp.dot(d_i, velocities[i]) + wp.dot(d_j, velocities[j]) + wp.dot(d_k, velocities[k]) + wp.dot(d_l, velocities[l])
    f_scale = -weight * (f_elastic + kd * dtheta_dt)
    wp.atomic_add(energy, 0, 0.5 * weight * ke * dtheta * dtheta)
    if wp.abs(dtheta) > yield_angle:
        rest_angle_out[tid] = theta - wp.sign(dtheta) * yield_angle
    impulse = f_scale * delta_time
    wp.atomic_add(velocity_deltas, i, d_i * (impulse * particle_inv_mass[i]))
    wp.atomic_add(velocity_deltas, j, d_j * (impulse * particle_inv_mass[j]))
    wp.atomic_add(velocity_deltas, k, d_k * (impulse * particle_inv_mass[k]))
    wp.atomic_add(velocity_deltas, l, d_l * (impulse * particle_inv_mass[l]))


@wp.kernel
def actuated_springs(
    springs: wp.array2d[wp.int32],
    particle_x: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    rest_lengths: wp.array[float],
    spring_stiffness: wp.array[float],
    stroke: float,
    omega: float,
    time: float,
    kd: float,
    forces: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = springs[tid, 0]
    j = springs[tid, 1]
    rest = rest_lengths[tid]
    k = spring_stiffness[tid]
    l0 = rest * (1.0 + stroke * wp.cos(omega * time))
    d = particle_x[j] - particle_x[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    dldt = wp.dot(particle_v[j] - particle_v[i], dir)
    f = dir * (k * (l - l0) + kd * dldt)
    wp.atomic_sub(forces, j, f)
    wp.atomic_add(forces, i, f)


@wp.kernel
def points_on_mesh(
    collider_mesh: wp.uint64,
    num_active: wp.array[wp.int32],
    faces: wp.array[wp.int32],
    bary_u: wp.array[float],
    bary_v: wp.array[float],
    offset: float,
    surface_points: wp.array[wp.vec3],
):
    """Move the attached points with the (deforming) mesh."""
    tid = wp.tid()
    if tid >= num_active[0]:
        return
    face = faces[tid]
    tri_u = bary_u[tid]
    bv = bary_v[tid]
    p = wp.mesh_eval_position(collider_mesh, face, tri_u, bv)
    n = wp.mesh_eval_face_normal(collider_mesh, face)
    p = p + n * offset
    surface_points[tid] = p
