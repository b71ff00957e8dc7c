import warp as wp


class MaterialModel:
    LINEAR = wp.constant(0)
    NEO_HOOKEAN = wp.constant(1)
    STVK = wp.constant(2)
    COROTATED = wp.constant(3)
    FLUID = wp.constant(4)


@wp.func
def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:
    # the element's three edges out of its first corner, as columns
    q0 = q[i]
    return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)


@wp.func
def strain_energy_density(model: wp.int32, F: wp.mat33, mu: float, lam: float) -> float:
    I = wp.identity(n=3, dtype=float)
    if model == MaterialModel.LINEAR:
        eps = (F + wp.transpose(F)) * 0.5 - I
        return mu * wp.ddot(eps, eps) + 0.5 * lam * wp.trace(eps) * wp.trace(eps)
    if model == MaterialModel.COROTATED:
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
    tet_indices: wp.array2d[wp.int32],
    tet_material_ids: wp.array[wp.int32],
    material_model: wp.array[wp.int32],
    material_k_mu: wp.array[float],
    material_k_lambda: wp.array[float],
    material_k_damp: wp.array[float],
    particle_x: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    tet_poses: wp.array[wp.mat33],
    tet_volumes: wp.array[float],
    particle_f: wp.array[wp.vec3],
    energy: wp.array[float],
    tet_stress: wp.array[wp.mat33],
):
    tid = wp.tid()
    i = tet_indices[tid, 0]
    j = tet_indices[tid, 1]
    k = tet_indices[tid, 2]
    l = tet_indices[tid, 3]
    material = tet_material_ids[tid]
    model = material_model[material]
    k_mu = material_k_mu[material]
    k_lambda = material_k_lambda[material]
    Dm_inv = tet_poses[tid]
    rest_volume = tet_volumes[tid]
    F = edge_matrix(particle_x, i, j, k, l) * Dm_inv
    U_f = wp.mat33()
    sigma_f = wp.vec3()
    V_f = wp.mat33()
    wp.svd3(F, U_f, sigma_f, V_f)
    sigma_f = wp.vec3(wp.max(sigma_f[0], 0.2), wp.max(sigma_f[1], 0.2), wp.max(sigma_f[2], 0.2))
    F = U_f * wp.diag(sigma_f) * wp.transpose(V_f)
    I = wp.identity(n=3, dtype=float)
    P = wp.mat33()
    if model == MaterialModel.LINEAR:
        eps = (F + wp.transpose(F)) * 0.5 - I
        P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))
    elif model == MaterialModel.COROTATED:
        U = wp.mat33()
        sigma = wp.vec3()
        V = wp.mat33()
        wp.svd3(F, U, sigma, V)
        R = U * wp.transpose(V)
        J = sigma[0] * sigma[1] * sigma[2]
        P = (F - R) * (2.0 * k_mu) + wp.transpose(wp.inverse(F)) * (k_lambda * (J - 1.0) * J)
    else:
        J = wp.max(wp.determinant(F), 1.0e-3)
        F_inv_t = wp.transpose(wp.inverse(F))
        P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))
    dFdt = edge_matrix(particle_v, i, j, k, l) * Dm_inv
    P = P + dFdt * material_k_damp[material]
    tet_stress[tid] = P
    wp.atomic_add(energy, 0, rest_volume * strain_energy_density(model, F, k_mu, k_lambda))
    H = P * wp.transpose(Dm_inv) * (-rest_volume)
    Ht = wp.transpose(H)
    f1 = Ht[0]
    f2 = Ht[1]
    f3 = Ht[2]
    wp.atomic_sub(particle_f, i, f1 + f2 + f3)
    wp.atomic_add(particle_f, j, f1)
    wp.atomic_add(particle_f, k, f2)
    wp.atomic_add(particle_f, l, f3)


@wp.kernel
def scatter_elastic_forces(
    elements: wp.array[wp.vec4i],
    deformation_gradients: wp.array[wp.mat33],
    tet_lambda: wp.array[float],
    rest_inv: wp.array[wp.mat33],
    element_volume: wp.array[float],
    k_mu: float,
    force_out: wp.array[wp.vec3],
):
    """Nodal forces of each tetrahedron from its stress, added to its four vertices."""
    tid = wp.tid()
    tet = elements[tid]
    Fe = deformation_gradients[tid]
    lam_lame = tet_lambda[tid]
    strain = 0.5 * (wp.transpose(Fe) @ Fe - wp.identity(n=3, dtype=float))
    P = Fe @ (2.0 * k_mu * strain + lam_lame * wp.trace(strain) * wp.identity(n=3, dtype=float))
    inv_rest = rest_inv[tid]
    vol = element_volume[tid]
    H = -vol * P @ wp.transpose(inv_rest)
    f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])
    f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])
    f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])
    # the forces of an element sum to zero
    wp.atomic_sub(force_out, tet[0], f1 + f2 + f3)
    wp.atomic_add(force_out, tet[1], f1)
    wp.atomic_add(force_out, tet[2], f2)
    wp.atomic_add(force_out, tet[3], f3)


@wp.kernel
def stvk_energy(
    deformation_gradients: wp.array[wp.mat33],
    tet_lambda: wp.array[float],
    k_mu: float,
    energy_density: wp.array[float],
    stresses: wp.array[wp.mat33],
):
    tid = wp.tid()
    Fe = deformation_gradients[tid]
    lam_lame = tet_lambda[tid]
    strain = 0.5 * (wp.transpose(Fe) @ Fe - wp.identity(n=3, dtype=float))
    tr = wp.trace(strain)
    energy_density[tid] = k_mu * wp.ddot(strain, strain) + 0.5 * lam_lame * tr * tr
    # second Piola-Kirchhoff stress, pushed forward by F
    S = 2.0 * k_mu * strain + lam_lame * tr * wp.identity(n=3, dtype=float)
    stresses[tid] = Fe @ S
