import warp as wp


@wp.func
def corner_angle(p: wp.vec3, a: wp.vec3, b: wp.vec3) -> float:
    # interior angle of the triangle at corner p
    e0 = wp.normalize(a - p)
    e1 = wp.normalize(b - p)
    return wp.acos(wp.clamp(wp.dot(e0, e1), -1.0, 1.0))


@wp.func
def triangle_normal(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3) -> wp.vec3:
    # twice the area times the unit normal (right-handed winding)
    return wp.cross(p1 - p0, p2 - p0)


@wp.kernel(enable_backward=False)
def compute_vertex_normals(
    triangles: wp.array2d[wp.int32],
    vertices: wp.array[wp.vec3],
    normals_accum: wp.array[wp.vec3],
    face_normals: wp.array[wp.vec3],
    num_faces: wp.int32,
):
    """Smooth vertex normals: every face scatters its weighted normal to its corners; a second pass normalises them."""
    tid = wp.tid()
    if tid >= num_faces:
        return
    i0 = triangles[tid, 0]
    i1 = triangles[tid, 1]
    i2 = triangles[tid, 2]
    p0 = vertices[i0]
    p1 = vertices[i1]
    p2 = vertices[i2]
    n = triangle_normal(p0, p1, p2)
    double_area = wp.length(n)
    if double_area < 1.0e-12:
        return
    n_unit = wp.normalize(n)
    face_normals[tid] = n_unit
    a0 = corner_angle(p0, p1, p2)
    a1 = corner_angle(p1, p2, p0)
    a2 = corner_angle(p2, p0, p1)
    wp.atomic_add(normals_accum, i0, n_unit * a0)
    wp.atomic_add(normals_accum, i1, n_unit * a1)
    wp.atomic_add(normals_accum, i2, n_unit * a2)


@wp.func
def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:
    # signed angle between the face normals, positive when the quad folds along +e_hat
    # atan2 keeps full precision near flat, where acos loses it
    return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))


@wp.kernel
def eval_edge_bending(
    bending_indices: wp.array[wp.vec4i],
    points: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    bending_ke: wp.array[float],
    bending_kd: wp.array[float],
    bending_rest_angle: wp.array[float],
    particle_inv_mass: wp.array[float],
    delta_time: wp.array[float],
    velocity_deltas: wp.array[wp.vec3],
):
    """Dihedral bending of cloth: one thread per interior edge, the two triangles that share it given by the edge's four particles."""
    tid = wp.tid()
    quad = bending_indices[tid]
    i = quad[0]
    j = quad[1]
    k = quad[2]
    l = quad[3]
    # a boundary edge has only one triangle: no opposite particle
    if i == -1 or j == -1:
        return
    if particle_inv_mass[i] + particle_inv_mass[j] + particle_inv_mass[k] + particle_inv_mass[l] == 0.0:
        return
    dt = delta_time[0]
    kd_local = bending_kd[0]
    ke_local = bending_ke[0]
    x_i = points[i]
    x_j = points[j]
    x_k = points[k]
    x_l = points[l]
    n1 = wp.cross(x_k - x_i, x_l - x_i)
    n2 = wp.cross(x_l - x_j, x_k - x_j)
    n1_length = wp.length(n1)
    n2_length = wp.length(n2)
    # degenerate triangles have no normal to bend about
    if n1_length < 1.0e-6 or n2_length < 1.0e-6:
        return
    e = x_l - x_k
    e_length = wp.length(e)
    e_hat = e / e_length
    rcp_n1 = 1.0 / n1_length
    rcp_n2 = 1.0 / n2_length
    theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)
    dtheta = theta - bending_rest_angle[tid]

    # gradients of the angle: the normals over their squared lengths
    g1 = n1 * (rcp_n1 * rcp_n1)
    g2 = n2 * (rcp_n2 * rcp_n2)
    d_i = g1 * e_length
    d_j = g2 * e_length
    d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)
    # the angle does not change under translation: the gradients sum to zero
    d_l = -(d_i + d_j + d_k)
    weight = e_length
    f_elastic = ke_local * dtheta
    # damp the rate of folding, the angle's gradient dotted with the velocities
    dtheta_dt = wp.dot(d_i, velocities[i]) + wp.dot(d_j, velocities[j]) + wp.dot(d_k, velocities[k]) + wp.dot(d_l, velocities[l])
    f_scale = -weight * (f_elastic + kd_local * dtheta_dt)

    # explicit step of the bending alone: velocity changes, applied once every edge is done
    impulse = f_scale * dt
    wp.atomic_add(velocity_deltas, i, d_i * (impulse * particle_inv_mass[i]))
    wp.atomic_add(velocity_deltas, j, d_j * (impulse * particle_inv_mass[j]))
    wp.atomic_add(velocity_deltas, k, d_k * (impulse * particle_inv_mass[k]))
    wp.atomic_add(velocity_deltas, l, d_l * (impulse * particle_inv_mass[l]))


@wp.func
def xpbd_delta_lambda(c: float, w_sum: float, lam: float, alpha_tilde: float) -> float:
    return (-c - alpha_tilde * lam) / (w_sum + alpha_tilde)


@wp.kernel(enable_backward=False)
def project_color_constraints(
    color_items: wp.array[wp.int32],
    constraint_indices: wp.array2d[wp.int32],
    rest_distance: wp.array[float],
    compliance: wp.array[float],
    inv_mass: wp.array[float],
    delta_time: wp.array[float],
    color_start: wp.int32,
    num_in_color: wp.int32,
    positions: wp.array[wp.vec3],
    lambda_sum: wp.array[float],
):
    tid = wp.tid()
    if tid >= num_in_color:
        return
    c = color_items[color_start + tid]
    a = constraint_indices[c, 0]
    b = constraint_indices[c, 1]
    w_a = inv_mass[a]
    w_b = inv_mass[b]
    w_sum = w_a + w_b
    # both ends kinematic: nothing to move
    if w_sum == 0.0:
        return
    dt = delta_time[0]
    x_a = positions[a]
    x_b = positions[b]
    d = x_a - x_b
    length = wp.length(d)
    if length < 1.0e-6:
        return
    err = length - rest_distance[c]
    n = d / length
    alpha_tilde = compliance[c] / (dt * dt)
    lam = lambda_sum[c]
    d_lambda = xpbd_delta_lambda(err, w_sum, lam, alpha_tilde)
    lambda_sum[c] = lam + d_lambda
    corr = n * d_lambda
    # no other constraint of this colour touches a or b
    positions[a] = x_a + corr * w_a
    positions[b] = x_b - corr * w_b


@wp.kernel
def muscle_forces(
    springs: wp.array2d[wp.int32],
    x: wp.array[wp.vec3],
    rest_lengths: wp.array[float],
    activation: wp.array[float],
    angular_freq: wp.array[float],
    sim_time: wp.array[float],
    spring_stiffness: wp.array[float],
    forces: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = springs[tid, 0]
    j = springs[tid, 1]
    t = sim_time[0]
    omega = angular_freq[0]
    rest = rest_lengths[0]
    amp = activation[tid]
    ke = spring_stiffness[tid]
    l0 = rest * (1.0 + amp * wp.cos(omega * t))
    d = x[j] - x[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    f = dir * (ke * (l - l0))
    wp.atomic_sub(forces, j, f)
    wp.atomic_add(forces, i, f)
