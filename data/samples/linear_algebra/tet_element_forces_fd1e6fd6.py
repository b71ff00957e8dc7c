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


@wp.kernel
def tet_element_forces(
    tet_indices: wp.array2d[wp.int32],
    tet_active: wp.array[wp.int32],
    tet_material_ids: wp.array[wp.int32],
    material_type: wp.array[wp.int32],
    material_youngs: wp.array[float],
    material_poisson: wp.array[float],
    material_k_damp: wp.array[float],
    x: wp.array[wp.vec3],
    v: wp.array[wp.vec3],
    X_rest: wp.array[wp.vec3],
    particle_f: wp.array[wp.vec3],
    tet_stress: wp.array[wp.mat33],
):
    """The rest shape is rebuilt from the rest positions every step, so elements may be remeshed between launches."""
    tid = wp.tid()
    if tet_active[tid] == 0:
        return
    i = tet_indices[tid, 0]
    j = tet_indices[tid, 1]
    k = tet_indices[tid, 2]
    l = tet_indices[tid, 3]

    # the element's material: its model and coefficients come from the material table
    material = tet_material_ids[tid]
    model = material_type[material]
    youngs = material_youngs[material]
    poisson = material_poisson[material]
    # Lame coefficients from Young's modulus and Poisson's ratio
    k_mu = youngs / (2.0 * (1.0 + poisson))
    k_lambda = youngs * poisson / ((1.0 + poisson) * (1.0 - 2.0 * poisson))
    Dm = edge_matrix(X_rest, i, j, k, l)
    rest_det = wp.determinant(Dm)
    # a flat or inverted rest element has no stiffness to give
    if rest_det <= 1.0e-6:
        return
    Dm_inv = wp.inverse(Dm)
    rest_volume = rest_det / 6.0
    F = edge_matrix(x, i, j, k, l) * Dm_inv
    I = wp.identity(n=3, dtype=float)
    P = wp.mat33()
    if model == MaterialModel.LINEAR:
        # small strain: the symmetric part of the displacement gradient
        eps = (F + wp.transpose(F)) * 0.5 - I
        P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))
    elif model == MaterialModel.STVK:
        E = (wp.transpose(F) * F - I) * 0.5
        P = F * (E * (2.0 * k_mu) + I * (k_lambda * wp.trace(E)))
    else:
        # compressible Neo-Hookean; J is kept positive so the log stays finite
        J = wp.max(wp.determinant(F), 1.0e-3)
        F_inv_t = wp.transpose(wp.inverse(F))
        P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))
    dFdt = edge_matrix(v, i, j, k, l) * Dm_inv
    P = P + dFdt * material_k_damp[material]
    tet_stress[tid] = P
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
