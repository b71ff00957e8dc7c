import warp as wp


class Material:
    LINEAR = wp.constant(0)
    NEO_HOOKEAN = wp.constant(1)
    STVK = wp.constant(2)


@wp.func
def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:
    # the element's three edges out of its first corner, as columns
    q0 = q[i]
    return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)




@wp.kernel
def eval_tet_material_forces(
    tets: wp.array2d[wp.int32],
    element_material: wp.array[wp.int32],
    material_model: wp.array[wp.int32],
    material_mu: wp.array[float],
    material_lambda: wp.array[float],
    material_k_damp: wp.array[float],
    positions: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    rest_positions: wp.array[wp.vec3],
    force_out: wp.array[wp.vec3],
    element_stress: wp.array[wp.mat33],
):
    tid = wp.tid()
    i = tets[tid, 0]
    j = tets[tid, 1]
    k = tets[tid, 2]
    l = tets[tid, 3]
    material = element_material[tid]
    model = material_model[material]
    k_mu = material_mu[material]
    k_lambda = material_lambda[material]
    Dm = edge_matrix(rest_positions, i, j, k, l)
    rest_det = wp.determinant(Dm)
    if rest_det <= 1.0e-6:
        return
    Dm_inv = wp.inverse(Dm)
    rest_volume = rest_det / 6.0
    F = edge_matrix(positions, i, j, k, l) * Dm_inv
    I = wp.identity(n=3, dtype=float)
    P = wp.mat33()
    if model == Material.LINEAR:
        eps = (F + wp.transpose(F)) * 0.5 - I
        P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))
    elif model == Material.STVK:
        E = (wp.transpose(F) * F - I) * 0.5
        P = F * (E * (2.0 * k_mu) + I * (k_lambda * wp.trace(E)))
    else:
        J = wp.max(wp.determinant(F), 1.0e-3)
        F_inv_t = wp.transpose(wp.inverse(F))
        P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))
    dFdt = edge_matrix(velocities, i, j, k, l) * Dm_inv
    dEdt = (wp.transpose(F) * dFdt + wp.transpose(dFdt) * F) * 0.5
    P = P + F * dEdt * (2.0 * material_k_damp[material])
    element_stress[tid] = P
    H = P * wp.transpose(Dm_inv) * (-rest_volume)
    Ht = wp.transpose(H)
    f1 = Ht[0]
    f2 = Ht[1]
    f3 = Ht[2]
    wp.atomic_sub(force_out, i, f1 + f2 + f3)
    wp.atomic_add(force_out, j, f1)
    wp.atomic_add(force_out, k, f2)
    wp.atomic_add(force_out, l, f3)
