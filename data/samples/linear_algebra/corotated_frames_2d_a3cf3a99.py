import warp as wp


class Material:
    LINEAR = wp.constant(0)
    NEO_HOOKEAN = wp.constant(1)
    COROTATED = wp.constant(3)


@wp.kernel
def corotated_frames_2d(
    deformations: wp.array(dtype=wp.mat22),
    num_active: wp.int32,
    polar_out: wp.array(dtype=float),
):
    """Polar decomposition F = R S of 2x2 deformation gradients."""
    tid = wp.tid()
    if tid >= num_active:
        return
    F2 = deformations[tid]
    U = wp.mat22()
    sigma = wp.vec2()
    V = wp.mat22()
    wp.svd2(F2, U, sigma, V)
    R = U @ wp.transpose(V)
    if wp.determinant(R) < 0.0:
        U = U @ wp.mat22(1.0, 0.0, 0.0, -1.0)
        R = U @ wp.transpose(V)
    polar_out[tid] = wp.atan2(R[1, 0], R[0, 0])


@wp.func
def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:
    # the element's three edges out of its first corner, as columns
    q0 = q[i]
    return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)


@wp.func
def strain_energy_density(model: wp.int32, F: wp.mat33, mu: float, lam: float) -> float:
    I = wp.identity(n=3, dtype=float)
    if model == Material.LINEAR:
        eps = (F + wp.transpose(F)) * 0.5 - I
        return mu * wp.ddot(eps, eps) + 0.5 * lam * wp.trace(eps) * wp.trace(eps)
    if model == Material.COROTATED:
        U = wp.mat33()
        sigma = wp.vec3()
        V = wp.mat33()
        wp.svd3(F, U, sigma, V)
        s = sigma - wp.vec3(1.0)
        J = sigma[0] * sigma[1] * sigma[2]
        return mu * wp.dot(s, s) + 0.5 * lam * (J - 1.0) * (J - 1.0)
    log_J = wp.log(wp.max(wp.determinant(F), 1.0e-3))
    return 0.5 * mu * (wp.ddot(F, F) - 3.0) - mu * log_J + 0.5 * lam * log_J * log_J


@wp.kernel
def tet_element_forces(
    tet_indices: wp.array2d(dtype=wp.int32),
    tet_material_ids: wp.array(dtype=wp.int32),
    material_model: wp.array(dtype=wp.int32),
    material_youngs: wp.array(dtype=float),
    material_poisson: wp.array(dtype=float),
    material_k_damp: wp.array(dtype=float),
    particle_x: wp.array(dtype=wp.vec3),
    particle_v: wp.array(dtype=wp.vec3),
    particle_q_rest: wp.array(dtype=wp.vec3),
    particle_f: wp.array(dtype=wp.vec3),
    energy: wp.array(dtype=float),
    tet_stress: wp.array(dtype=wp.mat33),
):
    tid = wp.tid()
    i = tet_indices[tid, 0]
    j = tet_indices[tid, 1]
    k = tet_indices[tid, 2]
    l = tet_indices[tid, 3]

    # the element's material: its model and coefficients come from the material table
    material = tet_material_ids[tid]
    model = material_model[material]
    youngs = material_youngs[material]
    poisson = material_poisson[material]
    # Lame coefficients from Young's modulus and Poisson's ratio
    k_mu = youngs / (2.0 * (1.0 + poisson))
    k_lambda = youngs * poisson / ((1.0 + poisson) * (1.0 - 2.0 * poisson))
    Dm = edge_matrix(particle_q_rest, i, j, k, l)
    rest_det = wp.determinant(Dm)
    # a flat or inverted rest element has no stiffness to give
    if rest_det <= 1.0e-6:
        return
    Dm_inv = wp.inverse(Dm)
    rest_volume = rest_det / 6.0
    F = edge_matrix(particle_x, i, j, k, l) * Dm_inv
    # invertible FEM: clamp the singular values so an inverted element pushes back out
    U_f = wp.mat33()
    sigma_f = wp.vec3()
    V_f = wp.mat33()
    wp.svd3(F, U_f, sigma_f, V_f)
    sigma_f = wp.vec3(wp.max(sigma_f[0], 0.2), wp.max(sigma_f[1], 0.2), wp.max(sigma_f[2], 0.2))
    F = U_f * wp.diag(sigma_f) * wp.transpose(V_f)
    I = wp.identity(n=3, dtype=float)
    P = wp.mat33()
    if model == Material.LINEAR:
        # small strain: the symmetric part of the displacement gradient
        eps = (F + wp.transpose(F)) * 0.5 - I
        P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))
    elif model == Material.COROTATED:
        U = wp.mat33()
        sigma = wp.vec3()
        V = wp.mat33()
        wp.svd3(F, U, sigma, V)
        R = U * wp.transpose(V)
        J = sigma[0] * sigma[1] * sigma[2]
        P = (F - R) * (2.0 * k_mu) + wp.transpose(wp.inverse(F)) * (k_lambda * (J - 1.0) * J)
    else:
        # compressible Neo-Hookean; J is kept positive so the log stays finite
        J = wp.max(wp.determinant(F), 1.0e-3)
        F_inv_t = wp.transpose(wp.inverse(F))
        P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))
    dFdt = edge_matrix(particle_v, i, j, k, l) * Dm_inv
    P = P + dFdt * material_k_damp[material]
    tet_stress[tid] = P
    wp.atomic_add(energy, 0, rest_volume * strain_energy_density(model, F, k_mu, k_lambda))
    H = P * wp.transpose(Dm_inv) * (-rest_volume)
    # rows of H^T: the forces on the last three corners
    Ht = wp.transpose(H)
    f1 = Ht[0]
    f2 = Ht[1]
    f3 = Ht[2]
    wp.atomic_sub(particle_f, i, f1 + f2 + f3)
    wp.atomic_add(particle_f, j, f1)
    wp.atomic_add(particle_f, k, f2)
    wp.atomic_add(particle_f, l, f3)


@wp.func
def neo_hookean_stress(def_grad: wp.mat33, vol_ratio: float, mu: float, lam: float):
    cols = wp.transpose(def_grad)
    # derivative of det(F) with respect to F, column by column
    djdf = wp.matrix_from_cols(wp.cross(cols[1], cols[2]), wp.cross(cols[2], cols[0]), wp.cross(cols[0], cols[1]))
    alpha = 1.0 + mu / lam
    return mu * def_grad + lam * (vol_ratio - alpha) * djdf


@wp.kernel
def apply_element_forces(
    tets: wp.array(dtype=wp.vec4i),
    deformation_gradients: wp.array(dtype=wp.mat33),
    tet_mu: wp.array(dtype=float),
    tet_lambda: wp.array(dtype=float),
    rest_inv: wp.array(dtype=wp.mat33),
    tet_volumes: wp.array(dtype=float),
    num_active: wp.int32,
    force_out: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    if tid >= num_active:
        return
    F = deformation_gradients[tid]
    tet = tets[tid]
    k_lambda = tet_lambda[tid]
    P = neo_hookean_stress(F, wp.determinant(F), tet_mu[tid], k_lambda)
    Dm_inv = rest_inv[tid]
    H = -tet_volumes[tid] * P @ wp.transpose(Dm_inv)
    f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])
    f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])
    f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])
    # the forces of an element sum to zero
    wp.atomic_sub(force_out, tet[0], f1 + f2 + f3)
    wp.atomic_add(force_out, tet[1], f1)
    wp.atomic_add(force_out, tet[2], f2)
    wp.atomic_add(force_out, tet[3], f3)
