import warp as wp


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
    # no negative pressure: it clumps particles (tensile instability)
    return wp.max(p, 0.0)


def create_sph_pressure_viscosity_kernel(smoothing: int):
    @wp.kernel
    def sph_pressure_viscosity(
        fluid_phases: wp.array[fluid_phase],
        grid: wp.uint64,
        particle_x: wp.array[wp.vec3],
        particle_v: wp.array[wp.vec3],
        particle_rho: wp.array[float],
        particle_phase: wp.array[wp.int32],
        smoothing_length: float,
        gravity: wp.vec3,
        particle_a: wp.array[wp.vec3],
        neighbor_counts: wp.array[wp.int32],
    ):
        """SPH momentum equation, one particle a thread; phases are (rest density, stiffness, viscosity, mass) rows gathered by each particle's phase index."""
        tid = wp.tid()
        i = wp.hash_grid_point_id(grid, tid)
        if i == -1:
            return
        x_i = particle_x[i]
        v_i = particle_v[i]
        rho_i = particle_rho[i]
        fluid_i = fluid_phases[particle_phase[i]]
        p_i = phase_pressure(rho_i, fluid_i)
        f = wp.vec3()
        num_neighbors = int(0)
        for j in wp.hash_grid_query(grid, x_i, smoothing_length):
            r = x_i - particle_x[j]
            d = wp.length(r)
            if d >= smoothing_length or d == 0.0:
                continue
            if wp.static(smoothing == SmoothingKernel.SPIKY):
                grad_w = spiky_grad(r, d, smoothing_length)
            elif wp.static(smoothing == SmoothingKernel.CUBIC):
                grad_w = cubic_grad(r, d, smoothing_length)
            else:
                grad_w = wendland_grad(r, d, smoothing_length)
            num_neighbors += 1
            rho_j = particle_rho[j]
            fluid_j = fluid_phases[particle_phase[j]]
            m_j = fluid_j[3]
            p_j = phase_pressure(rho_j, fluid_j)
            f -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))
            mu = 0.5 * (fluid_i[2] + fluid_j[2])
            f += (particle_v[j] - v_i) * (2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / d)
        neighbor_counts[i] = num_neighbors
        particle_a[i] = f + gravity
    return sph_pressure_viscosity


sph_pressure_viscosity_wendland = create_sph_pressure_viscosity_kernel(SmoothingKernel.WENDLAND)


@wp.func
def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:
    # weakly compressible: Tait's equation with gamma = 7
    return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)


@wp.kernel
def compute_sph_forces(
    grid: wp.uint64,
    particle_x: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    densities: wp.array[float],
    particle_phase: wp.array[wp.int32],
    particle_mass: wp.array[float],
    smoothing_length: float,
    rest_density: float,
    pressure_stiffness: float,
    dynamic_viscosity: float,
    dvdt: wp.array[wp.vec3],
    neighbor_counts: wp.array[wp.int32],
    particle_pressure: wp.array[float],
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
    particle_pressure[i] = p_i
    h2 = smoothing_length * smoothing_length
    h6 = h2 * h2 * h2
    spiky_coeff = -45.0 / (wp.pi * h6)
    laplacian_coeff = 45.0 / (wp.pi * h6)
    a_pressure = wp.vec3(0.0)
    a_viscosity = wp.vec3(0.0)
    num_neighbors = int(0)
    for j in wp.hash_grid_query(grid, x_i, smoothing_length):
        if j == i:
            continue
        r = x_i - particle_x[j]
        d2 = wp.length_sq(r)
        if d2 >= h2 or d2 < 1.0e-12:
            continue
        d = wp.sqrt(d2)
        rho_j = rho_i
        p_j = p_i
        if particle_phase[j] == Phase.FLUID:
            rho_j = densities[j]
            p_j = pressure_from_density(rho_j, rest_density, pressure_stiffness)
        m_j = particle_mass[j]
        q = smoothing_length - d
        grad_w = r * (spiky_coeff * q * q / d)
        num_neighbors += 1
        a_pressure -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))
        a_viscosity += (particle_v[j] - v_i) * (m_j / (rho_i * rho_j) * laplacian_coeff * q)
    neighbor_counts[i] = num_neighbors
    dvdt[i] = a_pressure + a_viscosity * dynamic_viscosity + wp.vec3(0.0, -9.81, 0.0)


@wp.kernel
def count_per_cell(
    positions: wp.array[wp.vec3],
    grid_lower: wp.vec3,
    grid_dx: float,
    counts: wp.array3d[wp.int32],
):
    tid = wp.tid()
    x = positions[tid]
    inv_dx = 1.0 / grid_dx
    u = (x - grid_lower) * inv_dx
    cell = wp.vec3i(int(wp.floor(u[0])), int(wp.floor(u[1])), int(wp.floor(u[2])))
    dims = wp.vec3i(counts.shape[0], counts.shape[1], counts.shape[2])
    cell = wp.min(wp.max(cell, wp.vec3i(0, 0, 0)), dims - wp.vec3i(1, 1, 1))
    wp.atomic_add(counts, cell[0], cell[1], cell[2], 1)


@wp.kernel
def z_order_keys(
    positions: wp.array[wp.vec3],
    grid_lower: wp.vec3,
    grid_dx: float,
    keys: wp.array[wp.int64],
):
    tid = wp.tid()
    inv_dx = 1.0 / grid_dx
    local = (positions[tid] - grid_lower) * inv_dx
    cell = wp.vec3i(int(wp.trunc(local[0])), int(wp.trunc(local[1])), int(wp.trunc(local[2])))
    cell = wp.max(cell, wp.vec3i(0, 0, 0))
    # row-major key over a 2^20 cells wide grid
    stride = wp.int64(1048576)
    keys[tid] = (wp.int64(cell[2]) * stride + wp.int64(cell[1])) * stride + wp.int64(cell[0])
