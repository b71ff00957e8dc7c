import warp as wp


@wp.func
def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:
    # signed angle between the face normals, positive when the quad folds along +e_hat
    # atan2 keeps full precision near flat, where acos loses it
    return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))


@wp.kernel
def bending_forces(
    bending_indices: wp.array[wp.vec4i],
    positions: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    bending_properties: wp.array2d[float],
    inv_mass: wp.array[float],
    delta_time: float,
    velocity_deltas: wp.array[wp.vec3],
):
    """Dihedral bending of cloth: one thread per interior edge, the two triangles that share it given by the edge's four particles."""
    tid = wp.tid()
    quad = bending_indices[tid]
    i = quad[0]
    j = quad[1]
    k = quad[2]
    l = quad[3]
    if i == -1 or j == -1:
        return
    ke = bending_properties[tid, 0]
    kd = bending_properties[tid, 1]
    x_i = positions[i]
    x_j = positions[j]
    x_k = positions[k]
    x_l = positions[l]
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
    g1 = n1 * (rcp_n1 * rcp_n1)
    g2 = n2 * (rcp_n2 * rcp_n2)
    d_i = g1 * e_length
    d_j = g2 * e_length
    d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)
    d_l = g1 * wp.dot(x_k - x_i, e_hat) + g2 * wp.dot(x_k - x_j, e_hat)
    weight = 2.0 * e_length * e_length / (n1_length + n2_length)
    f_elastic = ke * theta
    dtheta_dt = wp.dot(d_i, velocities[i]) + wp.dot(d_j, velocities[j]) + wp.dot(d_k, velocities[k]) + wp.dot(d_l, velocities[l])
    f_scale = -weight * (f_elastic + kd * dtheta_dt)
    impulse = f_scale * delta_time
    wp.atomic_add(velocity_deltas, i, d_i * (impulse * inv_mass[i]))
    wp.atomic_add(velocity_deltas, j, d_j * (impulse * inv_mass[j]))
    wp.atomic_add(velocity_deltas, k, d_k * (impulse * inv_mass[k]))
    wp.atomic_add(velocity_deltas, l, d_l * (impulse * inv_mass[l]))
