import warp as wp


TENDON_MAX_JOINTS = wp.constant(4)


@wp.kernel
def world_tendon_efforts(
    env_active: wp.array[wp.int32],
    tendon_dofs: wp.array2d[wp.int32],
    tendon_coef: wp.array2d[float],
    joint_q: wp.array2d[float],
    joint_qd: wp.array2d[float],
    tendon_rest_length: wp.array[float],
    tendon_stiffness: wp.array[float],
    tendon_kd: wp.array[float],
    joint_tau: wp.array2d[float],
):
    """One thread per tendon of each world; each tendon couples up to TENDON_MAX_JOINTS joints, unused entries -1."""
    world, t = wp.tid()
    if env_active[world] == 0:
        return
    # padding tendons have no first joint
    if tendon_dofs[t, 0] < 0:
        return
    rest = tendon_rest_length[t]
    ke = tendon_stiffness[t]
    # the tendon's length and rate: weighted sums over its joints
    length = float(0.0)
    rate = float(0.0)
    # a fixed-size loop Warp unrolls, so the sums stay differentiable
    for e in range(TENDON_MAX_JOINTS):
        dof = tendon_dofs[t, e]
        if dof >= 0:
            c = tendon_coef[t, e]
            length += c * joint_q[world, dof]
            rate += c * joint_qd[world, dof]
    # a cable pulls only when stretched, and never pushes
    tension = float(0.0)
    if length > rest:
        tension = wp.max(ke * (length - rest) + tendon_kd[t] * rate, 0.0)
    # tendons sharing a joint both push on it: summed with atomics
    for e in range(TENDON_MAX_JOINTS):
        dof = tendon_dofs[t, e]
        if dof >= 0:
            wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)


@wp.func
def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:
    # signed angle between the face normals, positive when the quad folds along +e_hat
    # atan2 keeps full precision near flat, where acos loses it
    return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))


@wp.kernel
def eval_bending(
    edge_indices: wp.array[wp.vec4i],
    particle_x: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    edge_bending_properties: wp.array2d[float],
    edge_rest_angle: wp.array[float],
    particle_inv_mass: wp.array[float],
    yield_angle: float,
    particle_f: wp.array[wp.vec3],
    edge_rest_angle_out: wp.array[float],
):
    tid = wp.tid()
    quad = edge_indices[tid]
    i = quad[0]
    j = quad[1]
    k = quad[2]
    l = quad[3]
    if i == -1 or j == -1:
        return
    if particle_inv_mass[i] + particle_inv_mass[j] + particle_inv_mass[k] + particle_inv_mass[l] == 0.0:
        return
    ke = edge_bending_properties[tid, 0]
    kd = edge_bending_properties[tid, 1]
    x_i = particle_x[i]
    x_j = particle_x[j]
    x_k = particle_x[k]
    x_l = particle_x[l]
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
    dtheta = theta - edge_rest_angle[tid]
    g1 = n1 * (rcp_n1 * rcp_n1)
    g2 = n2 * (rcp_n2 * rcp_n2)
    d_i = g1 * e_length
    d_j = g2 * e_length
    d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)
    d_l = -(d_i + d_j + d_k)
    weight = e_length
    f_elastic = ke * dtheta
    dtheta_dt = wp.dot(d_i, particle_v[i]) + wp.dot(d_j, particle_v[j]) + wp.dot(d_k, particle_v[k]) + wp.dot(d_l, particle_v[l])
    f_scale = -weight * (f_elastic + kd * dtheta_dt)
    if wp.abs(dtheta) > yield_angle:
        edge_rest_angle_out[tid] = theta - wp.sign(dtheta) * yield_angle
    wp.atomic_add(particle_f, i, d_i * f_scale)
    wp.atomic_add(particle_f, j, d_j * f_scale)
    wp.atomic_add(particle_f, k, d_k * f_scale)
    wp.atomic_add(particle_f, l, d_l * f_scale)


@wp.kernel
def eval_actuators(
    spring_indices: wp.array2d[wp.int32],
    positions: wp.array[wp.vec3],
    spring_rest_length: wp.array[float],
    activation: wp.array[float],
    spring_stiffness: wp.array[float],
    omega: float,
    time: float,
    particle_f: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = spring_indices[tid, 0]
    j = spring_indices[tid, 1]
    rest = spring_rest_length[tid]
    act = activation[tid]
    ke = spring_stiffness[tid]
    l0 = rest * (1.0 + act * wp.cos(omega * time))
    d = positions[j] - positions[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    f = dir * (ke * (l - l0))
    wp.atomic_add(particle_f, i, f)
    wp.atomic_sub(particle_f, j, f)
