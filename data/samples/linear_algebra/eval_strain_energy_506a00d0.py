import warp as wp


@wp.kernel
def eval_strain_energy(
    inv_masses: wp.array(dtype=float),
    def_grads: wp.array(dtype=wp.mat33),
    strains: wp.array(dtype=wp.mat33),
    k_mu: wp.array(dtype=float),
    k_lambda: float,
    psi: wp.array(dtype=float),
    pk1: wp.array(dtype=wp.mat33),
):
    tid = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if inv_masses[tid] == 0.0:
        return
    eps = strains[tid]
    mu_lame = k_mu[tid]
    strain = eps
    tr = wp.trace(strain)
    psi[tid] = mu_lame * wp.ddot(strain, strain) + 0.5 * k_lambda * tr * tr
    # second Piola-Kirchhoff stress, pushed forward by F
    S = 2.0 * mu_lame * strain + k_lambda * tr * wp.identity(n=3, dtype=float)
    pk1[tid] = def_grads[tid] @ S
