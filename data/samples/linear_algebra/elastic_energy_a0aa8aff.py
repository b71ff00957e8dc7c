import warp as wp


@wp.kernel
def elastic_energy(
    def_grads: wp.array(dtype=wp.mat33),
    k_lambda: wp.array(dtype=float),
    k_mu: float,
    psi: wp.array(dtype=float),
    pk1: wp.array(dtype=wp.mat33),
):
    tid = wp.tid()
    Fe = def_grads[tid]
    strain = 0.5 * (wp.transpose(Fe) @ Fe - wp.identity(n=3, dtype=float))
    tr = wp.trace(strain)
    psi[tid] = k_mu * wp.ddot(strain, strain) + 0.5 * k_lambda[tid] * tr * tr
    # second Piola-Kirchhoff stress, pushed forward by F
    S = 2.0 * k_mu * strain + k_lambda[tid] * tr * wp.identity(n=3, dtype=float)
    pk1[tid] = Fe @ S


@wp.func
def neo_hookean_stress(def_grad: wp.mat33, vol_ratio: float, mu: float, lam: float):
    cols = wp.transpose(def_grad)
    # derivative of det(F) with respect to F, column by column
    djdf = wp.matrix_from_cols(wp.cross(cols[1], cols[2]), wp.cross(cols[2], cols[0]), wp.cross(cols[0], cols[1]))
    alpha = 1.0 + mu / lam
    return mu * def_grad + lam * (vol_ratio - alpha) * djdf


@wp.kernel
def apply_element_forces(
    active: wp.array(dtype=wp.int32),
    tets: wp.array(dtype=wp.vec4i),
    def_grads: wp.array(dtype=wp.mat33),
    tet_mu: wp.array(dtype=float),
    k_lambda: wp.array(dtype=float),
    Dm_inv: wp.array(dtype=wp.mat33),
    rest_volumes: wp.array(dtype=float),
    force_out: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    if active[tid] != 1:
        return
    tet = tets[tid]
    F = def_grads[tid]
    k_mu = tet_mu[tid]
    lam_lame = k_lambda[tid]
    sigma = neo_hookean_stress(F, wp.determinant(F), k_mu, lam_lame)
    inv_rest = Dm_inv[tid]
    vol = rest_volumes[tid]
    H = -vol * sigma @ wp.transpose(inv_rest)
    f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])
    f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])
    f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])
    # the forces of an element sum to zero
    wp.atomic_sub(force_out, tet[0], f1 + f2 + f3)
    wp.atomic_add(force_out, tet[1], f1)
    wp.atomic_add(force_out, tet[2], f2)
    wp.atomic_add(force_out, tet[3], f3)


@wp.kernel
def polar_decomposition(
    def_grads: wp.array(dtype=wp.mat33),
    rotation_matrices: wp.array(dtype=wp.mat33),
    principal_stretches: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    def_grad = def_grads[tid]
    U = wp.mat33()
    sigma = wp.vec3()
    V = wp.mat33()
    wp.svd3(def_grad, U, sigma, V)
    # a reflection is not a rotation: flip the direction of the smallest stretch
    if wp.determinant(U @ wp.transpose(V)) < 0.0:
        U = U @ wp.diag(wp.vec3(1.0, 1.0, -1.0))
        sigma = wp.cw_mul(sigma, wp.vec3(1.0, 1.0, -1.0))
    rotation_matrices[tid] = U @ wp.transpose(V)
    principal_stretches[tid] = sigma


@wp.kernel
def solve_2x2(
    A: wp.array(dtype=wp.mat22),
    rhs: wp.array(dtype=wp.vec2),
    solution: wp.array(dtype=wp.vec2),
):
    tid = wp.tid()
    J = A[tid]
    det = wp.determinant(J)
    if wp.abs(det) < 1.0e-8:
        solution[tid] = wp.vec2(0.0)
        return
    adj = wp.mat22(J[1, 1], -J[0, 1], -J[1, 0], J[0, 0])
    solution[tid] = (adj @ rhs[tid]) / det


@wp.kernel
def block_jacobi_step(
    active_count: wp.array(dtype=wp.int32),
    def_grads: wp.array(dtype=wp.mat33),
    b: wp.array(dtype=wp.vec3),
    u: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    if tid >= active_count[0]:
        return
    F = def_grads[tid]
    w = b[tid]
    d = wp.get_diag(wp.transpose(F) @ F)
    scaled = wp.vec3()
    for k in range(3):
        if wp.abs(d[k]) > 1.0e-6:
            scaled[k] = w[k] / d[k]
    u[tid] = scaled


@wp.kernel
def compute_deformation_gradient(
    tets: wp.array(dtype=wp.vec4i),
    positions: wp.array(dtype=wp.vec3),
    Dm_inv: wp.array(dtype=wp.mat33),
    n: wp.int32,
    def_grads: wp.array(dtype=wp.mat33),
    det_out: wp.array(dtype=float),
):
    tid = wp.tid()
    if tid >= n:
        return
    tet = tets[tid]
    x0 = positions[tet[0]]
    # edge vectors from the first vertex, one per column
    Ds = wp.matrix_from_cols(positions[tet[1]] - x0, positions[tet[2]] - x0, positions[tet[3]] - x0)
    F = Ds @ Dm_inv[tid]
    def_grads[tid] = F
    det_out[tid] = wp.determinant(F)
