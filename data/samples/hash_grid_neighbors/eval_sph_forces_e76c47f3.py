import warp as wp


# phase rows: (rest density, stiffness, viscosity, particle mass)
fluid_phase = wp.types.vector(length=4, dtype=wp.float32)


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


def create_eval_sph_forces_kernel(smoothing: str):
    @wp.kernel
    def eval_sph_forces(
        fluid_phases: wp.array[fluid_phase],
        hash_grid: wp.uint64,
        points: wp.array[wp.vec3],
        velocities: wp.array[wp.vec3],
        densities: wp.array[float],
        phase_ids: wp.array[wp.int32],
        force_out: wp.array[wp.vec3],
        neighbor_count: wp.array[wp.int32],
        kernel_radius: float,
    ):
        tid = wp.tid()
        i = tid
        pos_i = points[i]
        v_i = velocities[i]
        rho_i = densities[i]
        fluid_i = fluid_phases[phase_ids[i]]
        p_i = phase_pressure(rho_i, fluid_i)
        m_i = fluid_i[3]
        f = wp.vec3()
        num_neighbors = int(0)
        for j in wp.hash_grid_query(hash_grid, pos_i, kernel_radius):
            r_ij = pos_i - points[j]
            dist = wp.length(r_ij)
            if dist >= kernel_radius or dist == 0.0:
                continue
            if wp.static(smoothing == "spiky"):
                grad_w = spiky_grad(r_ij, dist, kernel_radius)
            elif wp.static(smoothing == "cubic"):
                grad_w = cubic_grad(r_ij, dist, kernel_radius)
            else:
                grad_w = wendland_grad(r_ij, dist, kernel_radius)
            num_neighbors += 1
            rho_j = densities[j]
            fluid_j = fluid_phases[phase_ids[j]]
            m_j = fluid_j[3]
            p_j = phase_pressure(rho_j, fluid_j)
            f -= grad_w * (m_i * m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))
            mu = 0.5 * (fluid_i[2] + fluid_j[2])
            f += (velocities[j] - v_i) * (m_i * 2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / dist)
        neighbor_count[i] = num_neighbors
        wp.atomic_add(force_out, i, f)
    return eval_sph_forces


eval_sph_forces_cubic = create_eval_sph_forces_kernel("cubic")


@wp.func
def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:
    return k_p * (rho - rho0)


@wp.kernel
def compute_sph_forces(
    hash_grid: wp.uint64,
    points: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    particle_rho: wp.array[float],
    mass: float,
    kernel_radius: float,
    density0: float,
    pressure_stiffness: float,
    viscosity: float,
    forces: wp.array[wp.vec3],
):
    """SPH forces on each fluid particle: pressure from an equation of state on the density of the last pass, and viscosity, summed over the hash-grid neighbours."""
    tid = wp.tid()
    i = wp.hash_grid_point_id(hash_grid, tid)
    if i == -1:
        return
    x_i = points[i]
    v_i = velocities[i]
    rho_i = particle_rho[i]
    p_i = pressure_from_density(rho_i, density0, pressure_stiffness)
    h2 = kernel_radius * kernel_radius
    h6 = h2 * h2 * h2
    spiky_coeff = -45.0 / (wp.pi * h6)
    laplacian_coeff = 45.0 / (wp.pi * h6)
    a_pressure = wp.vec3(0.0)
    a_viscosity = wp.vec3(0.0)
    for j in wp.hash_grid_query(hash_grid, x_i, kernel_radius):
        if j == i:
            continue
        r = x_i - points[j]
        d2 = wp.length_sq(r)
        if d2 >= h2 or d2 < 1.0e-12:
            continue
        d = wp.sqrt(d2)
        rho_j = particle_rho[j]
        p_j = pressure_from_density(rho_j, density0, pressure_stiffness)
        q = kernel_radius - d
        grad_w = r * (spiky_coeff * q * q / d)
        a_pressure -= grad_w * (mass * (p_i + p_j) / (2.0 * rho_i * rho_j))
        a_viscosity += (velocities[j] - v_i) * (mass / (rho_i * rho_j) * laplacian_coeff * q)
    forces[i] = (a_pressure + a_viscosity * viscosity) * mass
