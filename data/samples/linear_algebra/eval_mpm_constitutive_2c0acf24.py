import warp as wp


# material rows: (E, nu, hardening, viscosity)
mpm_material = wp.types.vector(length=4, dtype=wp.float32)


class MaterialModel:
    NEO_HOOKEAN = wp.constant(0)
    COROTATED = wp.constant(1)
    FLUID = wp.constant(2)


@wp.func
def lame_parameters(E: float, nu: float) -> wp.vec2:
    # keep the Poisson ratio below the incompressible limit
    nu_c = wp.clamp(nu, 0.0, 0.45)
    return wp.vec2(E / (2.0 * (1.0 + nu_c)), E * nu_c / ((1.0 + nu_c) * (1.0 - 2.0 * nu_c)))


def create_eval_mpm_constitutive_kernel(model: int):
    @wp.kernel
    def eval_mpm_constitutive(
        mpm_materials: wp.array(dtype=mpm_material),
        particle_F: wp.array(dtype=wp.mat33),
        material_ids: wp.array(dtype=wp.int32),
        particle_mass: wp.array(dtype=float),
        particle_vol: wp.array(dtype=float),
        stress_out: wp.array(dtype=wp.mat33),
        potential_energy: wp.array(dtype=float),
    ):
        p = wp.tid()
        if particle_mass[p] <= 0.0:
            return
        props = mpm_materials[material_ids[p]]
        lame = lame_parameters(props[0], props[1])
        mu = lame[0]
        lam = lame[1]
        F_p = particle_F[p]
        J = wp.determinant(F_p)
        I = wp.identity(n=3, dtype=float)
        if wp.static(model == MaterialModel.NEO_HOOKEAN):
            log_J = wp.log(wp.max(J, 1.0e-4))
            tau = (F_p * wp.transpose(F_p) - I) * mu + I * (lam * log_J)
        elif wp.static(model == MaterialModel.COROTATED):
            U = wp.mat33()
            sigma = wp.vec3()
            V = wp.mat33()
            wp.svd3(F_p, U, sigma, V)
            R = U * wp.transpose(V)
            tau = (F_p - R) * wp.transpose(F_p) * (2.0 * mu) + I * (lam * J * (J - 1.0))
        else:
            tau = I * (lam * J * (J - 1.0))
        E_green = wp.transpose(F_p) * F_p - I
        V_p = particle_vol[p]
        wp.atomic_add(potential_energy, 0, 0.25 * mu * V_p * wp.ddot(E_green, E_green))
        stress_out[p] = tau * V_p
    return eval_mpm_constitutive


eval_mpm_constitutive_neo_hookean = create_eval_mpm_constitutive_kernel(MaterialModel.NEO_HOOKEAN)


@wp.kernel
def map_matrices(jacobians: wp.array(dtype=wp.mat33)):
    tid = wp.tid()
    A = jacobians[tid]
    jacobians[tid] = wp.transpose(A)
