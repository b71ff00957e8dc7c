import warp as wp


PARTICLE_ACTIVE = wp.constant(wp.int32(1))


# phase rows: (rest density, stiffness, viscosity, particle mass)
fluid_phase = wp.types.vector(length=4, dtype=wp.float32)


class SmoothingKernel:
    SPIKY = wp.constant(0)
    CUBIC = wp.constant(1)
    WENDLAND = wp.constant(2)


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
    return p


def create_sph_accelerations_kernel(smoothing: int):
    @wp.kernel
    def sph_accelerations(
        fluid_phases: wp.array[fluid_phase],
        grid: wp.uint64,
        particle_x: wp.array[wp.vec3],
        particle_v: wp.array[wp.vec3],
        particle_rho: wp.array[float],
        particle_phase: wp.array[wp.int32],
        particle_flags: wp.array[wp.int32],
        kernel_radius: float,
        cohesion: float,
        particle_f: wp.array[wp.vec3],
    ):
        tid = wp.tid()
        i = wp.hash_grid_point_id(grid, tid)
        if i == -1:
            return
        if (particle_flags[i] & PARTICLE_ACTIVE) == 0:
            return
        x_i = particle_x[i]
        v_i = particle_v[i]
        rho_i = particle_rho[i]
        fluid_i = fluid_phases[particle_phase[i]]
        p_i = phase_pressure(rho_i, fluid_i)
        m_i = fluid_i[3]
        f = wp.vec3()
        for j in wp.hash_grid_query(grid, x_i, kernel_radius):
            r = x_i - particle_x[j]
            d = wp.length(r)
            if d >= kernel_radius or d == 0.0:
                continue
            if wp.static(smoothing == SmoothingKernel.SPIKY):
                grad_w = spiky_grad(r, d, kernel_radius)
            elif wp.static(smoothing == SmoothingKernel.CUBIC):
                grad_w = cubic_grad(r, d, kernel_radius)
            else:
                grad_w = wendland_grad(r, d, kernel_radius)
            rho_j = particle_rho[j]
            fluid_j = fluid_phases[particle_phase[j]]
            m_j = fluid_j[3]
            p_j = phase_pressure(rho_j, fluid_j)
            f -= grad_w * (m_i * m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))
            mu = 0.5 * (fluid_i[2] + fluid_j[2])
            f += (particle_v[j] - v_i) * (m_i * 2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / d)
            f -= r * (m_i * m_j * cohesion * (kernel_radius - d) / d)
        particle_f[i] = f
    return sph_accelerations


sph_accelerations_spiky = create_sph_accelerations_kernel(SmoothingKernel.SPIKY)


@wp.func
def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:
    # weakly compressible: Tait's equation with gamma = 7
    return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)


@wp.kernel
def sph_pressure_viscosity(
    grid: wp.uint64,
    particle_x: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    densities: wp.array[float],
    particle_phase: wp.array[wp.int32],
    particle_mass: float,
    kernel_radius: float,
    rest_density: float,
    pressure_stiffness: float,
    viscosity: float,
    gravity: wp.vec3,
    particle_a: wp.array[wp.vec3],
    neighbor_count: wp.array[wp.int32],
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    if i == -1:
        return
    if particle_phase[i] == Phase.BOUNDARY:
        return
    x_i = particle_x[i]
    v_i = particle_v[i]
    rho_i = densities[i]
    p_i = pressure_from_density(rho_i, rest_density, pressure_stiffness)
    h2 = kernel_radius * kernel_radius
    h6 = h2 * h2 * h2
    spiky_coeff = -45.0 / (wp.pi * h6)
    laplacian_coeff = 45.0 / (wp.pi * h6)
    a_pressure = wp.vec3(0.0)
    a_viscosity = wp.vec3(0.0)
    num_neighbors = int(0)
    query = wp.hash_grid_query(grid, x_i, kernel_radius)
    j = int(0)
    while wp.hash_grid_query_next(query, j):
        if j == i:
            continue
        r = x_i - particle_x[j]
        d = wp.length(r)
        if d >= kernel_radius or d < 1.0e-6:
            continue
        rho_j = rho_i
        p_j = p_i
        if particle_phase[j] == Phase.FLUID:
            rho_j = densities[j]
            p_j = pressure_from_density(rho_j, rest_density, pressure_stiffness)
        q = kernel_radius - d
        grad_w = r * (spiky_coeff * q * q / d)
        num_neighbors += 1
        a_pressure -= grad_w * (particle_mass * (p_i + p_j) / (2.0 * rho_i * rho_j))
        a_viscosity += (particle_v[j] - v_i) * (particle_mass / (rho_i * rho_j) * laplacian_coeff * q)
    neighbor_count[i] = num_neighbors
    particle_a[i] = a_pressure + a_viscosity * viscosity + gravity


@wp.kernel
def count_neighbors(
    grid: wp.uint64,
    positions: wp.array[wp.vec3],
    particle_radius: float,
    num_neighbors: wp.array[wp.int32],
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    if i == -1:
        return
    x = positions[i]
    r_sq = particle_radius * particle_radius
    count = int(0)
    for j in wp.hash_grid_query(grid, x, particle_radius):
        if j != i and wp.dot(x - positions[j], x - positions[j]) <= r_sq:
            count += 1
    num_neighbors[i] = count
