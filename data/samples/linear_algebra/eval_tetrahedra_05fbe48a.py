import warp as wp


tet_material = wp.types.vector(length=3, dtype=wp.float32)


class MaterialModel:
    LINEAR = wp.constant(0)
    NEO_HOOKEAN = wp.constant(1)
    STVK = wp.constant(2)
    COROTATED = wp.constant(3)
    FLUID = wp.constant(4)


@wp.func
def neo_hookean_stress(F: wp.mat33, k_mu: float, k_lambda: float) -> wp.mat33:
    # stable Neo-Hookean (Smith et al. 2018): alpha shifts the volume term so the rest pose is stress-free
    alpha = 1.0 + k_mu / k_lambda
    J = wp.determinant(F)
    dJdF = wp.matrix_from_cols(wp.cross(F[:, 1], F[:, 2]), wp.cross(F[:, 2], F[:, 0]), wp.cross(F[:, 0], F[:, 1]))
    return F * k_mu + dJdF * (k_lambda * (J - alpha))


@wp.func
def stvk_stress(F: wp.mat33, k_mu: float, k_lambda: float) -> wp.mat33:
    E = (wp.transpose(F) * F - wp.identity(n=3, dtype=float)) * 0.5
    S = E * (2.0 * k_mu) + wp.identity(n=3, dtype=float) * (k_lambda * wp.trace(E))
    return F * S


@wp.func
def corotated_stress(F: wp.mat33, k_mu: float, k_lambda: float) -> wp.mat33:
    U = wp.mat33()
    sigma = wp.vec3()
    V = wp.mat33()
    wp.svd3(F, U, sigma, V)
    R = U * wp.transpose(V)
    J = sigma[0] * sigma[1] * sigma[2]
    return (F - R) * (2.0 * k_mu) + wp.transpose(wp.inverse(F)) * (k_lambda * (J - 1.0) * J)


def create_eval_tetrahedra_kernel(model: int):
    @wp.kernel
    def eval_tetrahedra(
        tet_materials: wp.array[tet_material],
        tets: wp.array2d[int],
        x: wp.array[wp.vec3],
        v: wp.array[wp.vec3],
        Dm_inv: wp.array[wp.mat33],
        fiber_directions: wp.array[wp.vec3],
        muscle_activation: wp.array[float],
        forces: wp.array[wp.vec3],
    ):
        tid = wp.tid()
        i = tets[tid, 0]
        j = tets[tid, 1]
        k = tets[tid, 2]
        l = tets[tid, 3]
        material = tet_materials[tid]
        k_mu = material[0]
        k_lambda = material[1]
        k_damp = material[2]
        x0 = x[i]
        Ds = wp.matrix_from_cols(x[j] - x0, x[k] - x0, x[l] - x0)
        Dm = Dm_inv[tid]
        rest_volume = 1.0 / (6.0 * wp.determinant(Dm))
        F = Ds * Dm
        if wp.static(model == MaterialModel.NEO_HOOKEAN):
            P = neo_hookean_stress(F, k_mu, k_lambda)
        elif wp.static(model == MaterialModel.STVK):
            P = stvk_stress(F, k_mu, k_lambda)
        else:
            P = corotated_stress(F, k_mu, k_lambda)
        v0 = v[i]
        dFdt = wp.matrix_from_cols(v[j] - v0, v[k] - v0, v[l] - v0) * Dm
        P = P + dFdt * k_damp
        a0 = fiber_directions[tid]
        P = P + wp.outer(F * a0, a0) * (muscle_activation[tid] * k_mu)
        H = P * wp.transpose(Dm) * (-rest_volume)
        Ht = wp.transpose(H)
        f1 = Ht[0]
        f2 = Ht[1]
        f3 = Ht[2]
        wp.atomic_sub(forces, i, f1 + f2 + f3)
        wp.atomic_add(forces, j, f1)
        wp.atomic_add(forces, k, f2)
        wp.atomic_add(forces, l, f3)
    return eval_tetrahedra


eval_tetrahedra_neo_hookean = create_eval_tetrahedra_kernel(MaterialModel.NEO_HOOKEAN)


@wp.func
def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:
    # the element's three edges out of its first corner, as columns
    q0 = q[i]
    return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)


@wp.kernel
def eval_tet_material_forces(
    tets: wp.array2d[int],
    tet_active: wp.array[int],
    tet_material_ids: wp.array[int],
    material_model: wp.array[int],
    material_youngs: wp.array[float],
    material_nu: wp.array[float],
    material_damping: wp.array[float],
    x: wp.array[wp.vec3],
    v: wp.array[wp.vec3],
    X_rest: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
):
    """Elastic forces of linear tetrahedra; each element names its material, and the material's model is dispatched at run time, so one launch mixes materials."""
    tid = wp.tid()
    if tet_active[tid] == 0:
        return
    i = tets[tid, 0]
    j = tets[tid, 1]
    k = tets[tid, 2]
    l = tets[tid, 3]

    # the element's material: its model and coefficients come from the material table
    material = tet_material_ids[tid]
    model = material_model[material]
    youngs = material_youngs[material]
    poisson = material_nu[material]
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
    # leave badly inverted elements to the inversion-recovery pass
    if wp.determinant(F) < 0.1:
        return
    I = wp.identity(n=3, dtype=float)
    P = wp.mat33()
    if model == MaterialModel.LINEAR:
        # small strain: the symmetric part of the displacement gradient
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
        # compressible Neo-Hookean; J is kept positive so the log stays finite
        J = wp.max(wp.determinant(F), 1.0e-3)
        F_inv_t = wp.transpose(wp.inverse(F))
        P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))
    dFdt = edge_matrix(v, i, j, k, l) * Dm_inv
    P = P + dFdt * material_damping[material]
    H = P * wp.transpose(Dm_inv) * (-rest_volume)
    # rows of H^T: the forces on the last three corners
    Ht = wp.transpose(H)
    f1 = Ht[0]
    f2 = Ht[1]
    f3 = Ht[2]
    wp.atomic_sub(forces, i, f1 + f2 + f3)
    wp.atomic_add(forces, j, f1)
    wp.atomic_add(forces, k, f2)
    wp.atomic_add(forces, l, f3)


@wp.kernel
def extract_rotation(
    active_count: wp.array[int],
    F_out: wp.array[wp.mat33],
    R_out: wp.array[wp.mat33],
    singular_values: wp.array[wp.vec3],
):
    tid = wp.tid()
    if tid >= active_count[0]:
        return
    Fe = F_out[tid]
    U, sigma, V = wp.svd3(Fe)
    # a reflection is not a rotation: flip the direction of the smallest stretch
    if wp.determinant(U @ wp.transpose(V)) < 0.0:
        U = U @ wp.diag(wp.vec3(1.0, 1.0, -1.0))
        sigma = wp.cw_mul(sigma, wp.vec3(1.0, 1.0, -1.0))
    R_out[tid] = U @ wp.transpose(V)
    singular_values[tid] = sigma
