import warp as wp


@wp.func
def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:
    # signed angle between the face normals, positive when the quad folds along +e_hat
    # atan2 keeps full precision near flat, where acos loses it
    return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))


@wp.kernel
def bending_forces(
    bending_indices: wp.array[wp.vec4i],
    x: wp.array[wp.vec3],
    v: wp.array[wp.vec3],
    edge_bending_ke: wp.array[float],
    edge_bending_kd: wp.array[float],
    bending_rest_angle: wp.array[float],
    inv_masses: wp.array[float],
    forces: wp.array[wp.vec3],
):
    """Bending of each edge quad (i, j opposite the shared edge k-l): a torsional spring on the dihedral angle, scattered to the four particles."""
    tid = wp.tid()
    quad = bending_indices[tid]
    i = quad[0]
    j = quad[1]
    k = quad[2]
    l = quad[3]
    if i == -1 or j == -1:
        return
    if inv_masses[i] + inv_masses[j] + inv_masses[k] + inv_masses[l] == 0.0:
        return
    ke = edge_bending_ke[tid]
    kd = edge_bending_kd[tid]
    x_i = x[i]
    x_j = x[j]
    x_k = x[k]
    x_l = x[l]
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
    d_l = -(d_i + d_j + d_k)
    weight = e_length
    f_elastic = ke * dtheta
    dtheta_dt = wp.dot(d_i, v[i]) + wp.dot(d_j, v[j]) + wp.dot(d_k, v[k]) + wp.dot(d_l, v[l])
    f_scale = -weight * (f_elastic + kd * dtheta_dt)
    wp.atomic_add(forces, i, d_i * f_scale)
    wp.atomic_add(forces, j, d_j * f_scale)
    wp.atomic_add(forces, k, d_k * f_scale)
    wp.atomic_add(forces, l, d_l * f_scale)


@wp.func
def closest_point_barycentric(a: wp.vec3, b: wp.vec3, c: wp.vec3, p: wp.vec3) -> wp.vec3:
    # project onto the plane, then clamp the barycentrics and renormalize: cheap, exact inside the face
    ab = b - a
    ac = c - a
    ap = p - a
    d00 = wp.dot(ab, ab)
    d01 = wp.dot(ab, ac)
    d11 = wp.dot(ac, ac)
    inv_det = 1.0 / wp.max(d00 * d11 - d01 * d01, 1.0e-12)
    v = wp.max((d11 * wp.dot(ap, ab) - d01 * wp.dot(ap, ac)) * inv_det, 0.0)
    w = wp.max((d00 * wp.dot(ap, ac) - d01 * wp.dot(ap, ab)) * inv_det, 0.0)
    u = wp.max(1.0 - v - w, 0.0)
    total = u + v + w
    return wp.vec3(u, v, w) / total


@wp.kernel
def eval_triangle_contacts(
    tri_indices: wp.array2d[wp.int32],
    x: wp.array[wp.vec3],
    inv_masses: wp.array[float],
    particle_radius: wp.array[float],
    particle_deltas: wp.array[wp.vec3],
    particle_count: wp.int32,
    tri_count: wp.int32,
    thickness: float,
):
    tid = wp.tid()
    face = tid // particle_count
    particle = tid - face * particle_count
    if face >= tri_count:
        return
    x_p = x[particle]
    gap = particle_radius[particle] + thickness
    w_p = inv_masses[particle]
    i = tri_indices[face, 0]
    j = tri_indices[face, 1]
    k = tri_indices[face, 2]
    if particle == i or particle == j or particle == k:
        return
    x_i = x[i]
    x_j = x[j]
    x_k = x[k]
    bary = closest_point_barycentric(x_i, x_j, x_k, x_p)
    diff = x_p - (x_i * bary[0] + x_j * bary[1] + x_k * bary[2])
    dist = wp.length(diff)
    if dist >= gap or dist < 1.0e-8:
        return
    n = diff / dist
    penetration = gap - dist
    w_i = inv_masses[i]
    w_j = inv_masses[j]
    w_k = inv_masses[k]
    w_sum = w_p + w_i * bary[0] * bary[0] + w_j * bary[1] * bary[1] + w_k * bary[2] * bary[2]
    if w_sum == 0.0:
        return
    correction = n * (penetration / w_sum)
    wp.atomic_add(particle_deltas, particle, correction * w_p)
    wp.atomic_sub(particle_deltas, i, correction * (w_i * bary[0]))
    wp.atomic_sub(particle_deltas, j, correction * (w_j * bary[1]))
    wp.atomic_sub(particle_deltas, k, correction * (w_k * bary[2]))


@wp.kernel(enable_backward=False)
def apply_fixed_tendons(
    env_mask: wp.array[wp.int32],
    tendon_entry_start: wp.array[wp.int32],
    tendon_joint: wp.array[wp.int32],
    tendon_gear: wp.array[float],
    joint_q: wp.array2d[float],
    joint_qd: wp.array2d[float],
    tendon_length0: wp.array[float],
    tendon_ke: wp.array[float],
    tendon_kd: wp.array[float],
    joint_f: wp.array2d[float],
):
    """Fixed tendons of every world: a tendon's length is a weighted sum of joint coordinates, its tension spread back over those joints by the same weights."""
    world, t = wp.tid()
    if env_mask[world] == 0:
        return
    start = tendon_entry_start[t]
    end = tendon_entry_start[t + 1]
    # padding tendons have empty entry ranges
    if start == end:
        return
    rest = tendon_length0[t]
    ke = tendon_ke[t]
    kd = tendon_kd[t]
    # the tendon's length and rate: weighted sums over its joints
    length = float(0.0)
    rate = float(0.0)
    for k in range(start, end):
        dof = tendon_joint[k]
        c = tendon_gear[k]
        length += c * joint_q[world, dof]
        rate += c * joint_qd[world, dof]
    tension = ke * (length - rest)
    tension += kd * rate
    # tendons sharing a joint both push on it: summed with atomics
    for k in range(start, end):
        wp.atomic_sub(joint_f, world, tendon_joint[k], tendon_gear[k] * tension)


@wp.kernel
def eval_muscles(
    spring_indices: wp.array2d[wp.int32],
    positions: wp.array[wp.vec3],
    spring_rest_length: wp.array[float],
    act_amp: wp.array[float],
    phi: wp.array[float],
    spring_stiffness: wp.array[float],
    omega: float,
    t: float,
    forces: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = spring_indices[tid, 0]
    j = spring_indices[tid, 1]
    angle = phi[tid]
    ke = spring_stiffness[tid]

    # the muscle contracts and extends about its rest length
    l0 = spring_rest_length[tid] * (1.0 + act_amp[tid] * wp.sin(omega * t + angle))
    d = positions[j] - positions[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    f = dir * (ke * (l - l0))
    wp.atomic_sub(forces, j, f)
    wp.atomic_add(forces, i, f)
