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


def create_mpm_particle_stress_kernel(model: int):
    @wp.kernel
    def mpm_particle_stress(
        mpm_materials: wp.array[mpm_material],
        particle_F: wp.array[wp.mat33],
        particle_mass: wp.array[float],
        particle_vol: wp.array[float],
        stress_out: wp.array[wp.mat33],
        potential_energy: wp.array[float],
    ):
        """Kirchhoff stress of each material point from its deformation gradient; the constitutive model is a closure constant, so each model compiles its own kernel."""
        p = wp.tid()
        if particle_mass[p] <= 0.0:
            return
        props = mpm_materials[p]
        lame = lame_parameters(props[0], props[1])
        k_mu = lame[0]
        k_lambda = lame[1]
        F_p = particle_F[p]
        J = wp.determinant(F_p)
        I = wp.identity(n=3, dtype=float)
        if wp.static(model == MaterialModel.NEO_HOOKEAN):
            log_J = wp.log(wp.max(J, 1.0e-4))
            tau = (F_p * wp.transpose(F_p) - I) * k_mu + I * (k_lambda * log_J)
        elif wp.static(model == MaterialModel.COROTATED):
            U = wp.mat33()
            sigma = wp.vec3()
            V = wp.mat33()
            wp.svd3(F_p, U, sigma, V)
            R = U * wp.transpose(V)
            tau = (F_p - R) * wp.transpose(F_p) * (2.0 * k_mu) + I * (k_lambda * J * (J - 1.0))
        else:
            tau = I * (k_lambda * J * (J - 1.0))
        E_green = wp.transpose(F_p) * F_p - I
        V_p = particle_vol[p]
        wp.atomic_add(potential_energy, 0, 0.25 * k_mu * V_p * wp.ddot(E_green, E_green))
        stress_out[p] = tau * V_p
    return mpm_particle_stress


mpm_particle_stress_corotated = create_mpm_particle_stress_kernel(MaterialModel.COROTATED)


@wp.kernel
def batched_matrix_op(mats: wp.array[wp.mat33]):
    tid = wp.tid()
    mats[tid] = wp.inverse(mats[tid])
