import warp as wp


# phase rows: (rest density, stiffness, viscosity, particle mass)
fluid_phase = wp.types.vector(length=4, dtype=wp.float32)


class Phase:
    FLUID = wp.constant(0)
    BOUNDARY = wp.constant(1)


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
    # no negative pressure: it clumps particles (tensile instability)
    return wp.max(p, 0.0)


def create_eval_sph_forces_kernel(smoothing: str):
    @wp.kernel
    def eval_sph_forces(
        fluid_phases: wp.array[fluid_phase],
        grid: wp.uint64,
        x: wp.array[wp.vec3],
        v: wp.array[wp.vec3],
        particle_rho: wp.array[float],
        particle_phase: wp.array[wp.int32],
        smoothing_length: float,
        particle_f: wp.array[wp.vec3],
        neighbor_counts: wp.array[wp.int32],
    ):
        tid = wp.tid()
        i = wp.hash_grid_point_id(grid, tid)
        if i == -1:
            return
        pos_i = x[i]
        v_i = v[i]
        rho_i = particle_rho[i]
        fluid_i = fluid_phases[particle_phase[i]]
        p_i = phase_pressure(rho_i, fluid_i)
        m_i = fluid_i[3]
        f = wp.vec3()
        num_neighbors = int(0)
        for j in wp.hash_grid_query(grid, pos_i, smoothing_length):
            r_ij = pos_i - x[j]
            dist = wp.length(r_ij)
            if dist >= smoothing_length or dist == 0.0:
                continue
            if wp.static(smoothing == "spiky"):
                grad_w = spiky_grad(r_ij, dist, smoothing_length)
            elif wp.static(smoothing == "cubic"):
                grad_w = cubic_grad(r_ij, dist, smoothing_length)
            else:
                grad_w = wendland_grad(r_ij, dist, smoothing_length)
            num_neighbors += 1
            rho_j = particle_rho[j]
            fluid_j = fluid_phases[particle_phase[j]]
            m_j = fluid_j[3]
            p_j = phase_pressure(rho_j, fluid_j)
            f -= grad_w * (m_i * m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))
            mu = 0.5 * (fluid_i[2] + fluid_j[2])
            f += grad_w * (m_i * mu * m_j / rho_j * wp.dot(v_i - v[j], r_ij) / (dist * dist + 0.01 * smoothing_length * smoothing_length))
        neighbor_counts[i] = num_neighbors
        particle_f[i] = f
    return eval_sph_forces


eval_sph_forces_wendland = create_eval_sph_forces_kernel("wendland")


@wp.func
def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:
    # weakly compressible: Tait's equation with gamma = 7
    return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)


@wp.func
def spiky_gradient(r: wp.vec3, d: float, h: float) -> wp.vec3:
    # gradient of the spiky kernel, 15 / (pi h^6) (h - d)^3
    q = h - d
    return r * (-45.0 / (wp.pi * wp.pow(h, 6.0)) * q * q / d)


@wp.func
def viscosity_laplacian(d: float, h: float) -> float:
    return 45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - d)


@wp.func
def cohesion_spline(d: float, h: float) -> float:
    # Akinci et al. 2013: attracting at long range, repelling close in
    c = 32.0 / (wp.pi * wp.pow(h, 9.0))
    hd = (h - d) * (h - d) * (h - d) * d * d * d
    if 2.0 * d > h:
        return c * hd
    return c * (2.0 * hd - wp.pow(h, 6.0) / 64.0)


@wp.kernel
def eval_fluid_forces(
    grid: wp.uint64,
    x: wp.array[wp.vec3],
    v: wp.array[wp.vec3],
    densities: wp.array[float],
    particle_phase: wp.array[wp.int32],
    masses: wp.array[float],
    smoothing_length: float,
    density0: float,
    eos_stiffness: float,
    visc_coeff: float,
    cohesion: float,
    particle_f: wp.array[wp.vec3],
    neighbor_counts: wp.array[wp.int32],
    pressures: wp.array[float],
):
    """Smoothed-particle hydrodynamics, second pass: densities are known, the pressure gradient and viscous term are summed over neighbours within the smoothing length."""
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    if i == -1:
        return
    if particle_phase[i] == Phase.BOUNDARY:
        return
    x_i = x[i]
    v_i = v[i]
    rho_i = densities[i]
    p_i = pressure_from_density(rho_i, density0, eos_stiffness)
    pressures[i] = p_i
    a_pressure = wp.vec3(0.0)
    a_viscosity = wp.vec3(0.0)
    a_cohesion = wp.vec3(0.0)
    num_neighbors = int(0)
    for j in wp.hash_grid_query(grid, x_i, smoothing_length):
        if j == i:
            continue
        r = x_i - x[j]
        d2 = wp.length_sq(r)
        if d2 >= smoothing_length * smoothing_length or d2 < 1.0e-12:
            continue
        d = wp.sqrt(d2)
        rho_j = rho_i
        p_j = p_i
        if particle_phase[j] == Phase.FLUID:
            rho_j = densities[j]
            p_j = pressure_from_density(rho_j, density0, eos_stiffness)
        m_j = masses[j]
        grad_w = spiky_gradient(r, d, smoothing_length)
        num_neighbors += 1
        a_pressure -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))
        a_viscosity += (v[j] - v_i) * (m_j / (rho_i * rho_j) * viscosity_laplacian(d, smoothing_length))
        a_cohesion -= r * (cohesion * m_j * cohesion_spline(d, smoothing_length) / d)
    neighbor_counts[i] = num_neighbors
    particle_f[i] = (a_pressure + a_viscosity * visc_coeff + a_cohesion) * masses[i]
