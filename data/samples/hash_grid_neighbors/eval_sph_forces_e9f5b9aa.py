import warp as wp


# phase rows: (rest density, stiffness, viscosity, particle mass)
fluid_phase = wp.types.vector(length=4, dtype=wp.float32)
PARTICLE_ACTIVE = wp.constant(wp.int32(1))


class SmoothingKernel:
    SPIKY = wp.constant(0)
    CUBIC = wp.constant(1)
    WENDLAND = wp.constant(2)


@wp.func
def spiky_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:
    # Mueller et al. 2003: a gradient that does not vanish as particles touch
    return r * (-45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - d) * (h - d) / d)


@wp.func
def cubic_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:
    q = d / h
    sigma = 8.0 / (wp.pi * h * h * h)
    dw = sigma * (18.0 * q * q - 12.0 * q) / h
    if q > 0.5:
        dw = -6.0 * sigma * (1.0 - q) * (1.0 - q) / h
    return r * (dw / d)


@wp.func
def wendland_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:
    # Wendland C2 in 3D, compact support h
    q = d / h
    dw = 21.0 / (2.0 * wp.pi * h * h * h) * (-20.0 * q * (1.0 - q) * (1.0 - q) * (1.0 - q)) / h
    return r * (dw / d)


@wp.func
def phase_pressure(rho: float, fluid: fluid_phase) -> float:
    # ideal-gas style equation of state around the rest density
    p = fluid[1] * (rho - fluid[0])
    return p


def create_eval_sph_forces_kernel(smoothing: int):
    @wp.kernel
    def eval_sph_forces(
        fluid_phases: wp.array[fluid_phase],
        hash_grid: wp.uint64,
        points: wp.array[wp.vec3],
        velocities: wp.array[wp.vec3],
        densities: wp.array[float],
        phase_ids: wp.array[wp.int32],
        flags: wp.array[wp.int32],
        smoothing_length: float,
        gravity: wp.vec3,
        particle_a: wp.array[wp.vec3],
    ):
        """Pressure and viscosity of multiphase SPH over hash-grid neighbours; the smoothing kernel is a closure constant, so each kernel compiles its own gradient."""
        tid = wp.tid()
        # walk particles in grid order so neighbouring threads share cells
        i = wp.hash_grid_point_id(hash_grid, tid)
        if (flags[i] & PARTICLE_ACTIVE) == 0:
            return
        pos_i = points[i]
        v_i = velocities[i]
        rho_i = densities[i]
        fluid_i = fluid_phases[phase_ids[i]]
        p_i = phase_pressure(rho_i, fluid_i)
        p_rho2_i = p_i / (rho_i * rho_i)
        f = wp.vec3()
        for j in wp.hash_grid_query(hash_grid, pos_i, smoothing_length):
            r_ij = pos_i - points[j]
            dist = wp.length(r_ij)
            # the particle itself, and neighbour cells' points outside the support
            if dist >= smoothing_length or dist == 0.0:
                continue
            if wp.static(smoothing == SmoothingKernel.SPIKY):
                grad_w = spiky_grad(r_ij, dist, smoothing_length)
            elif wp.static(smoothing == SmoothingKernel.CUBIC):
                grad_w = cubic_grad(r_ij, dist, smoothing_length)
            else:
                grad_w = wendland_grad(r_ij, dist, smoothing_length)
            rho_j = densities[j]
            fluid_j = fluid_phases[phase_ids[j]]
            m_j = fluid_j[3]
            p_j = phase_pressure(rho_j, fluid_j)
            # symmetric form: momentum is conserved pairwise
            f -= grad_w * (m_j * (p_rho2_i + p_j / (rho_j * rho_j)))
            # laminar viscosity (Morris et al. 1997): the velocity difference through the kernel's radial slope
            mu = 0.5 * (fluid_i[2] + fluid_j[2])
            f += (velocities[j] - v_i) * (2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / dist)
        particle_a[i] = f + gravity
    return eval_sph_forces


eval_sph_forces_wendland = create_eval_sph_forces_kernel(SmoothingKernel.WENDLAND)
