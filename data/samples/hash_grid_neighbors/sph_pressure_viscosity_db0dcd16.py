import warp as wp


# phase rows: (rest density, stiffness, viscosity, particle mass)
fluid_phase = wp.types.vector(length=4, dtype=wp.float32)


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
        particle_a: wp.array[wp.vec3],
        neighbor_counts: wp.array[wp.int32],
    ):
        """SPH momentum equation, one particle a thread; phases are (rest density, stiffness, viscosity, mass) rows gathered by each particle's phase index."""
        tid = wp.tid()
        i = wp.hash_grid_point_id(grid, tid)
        if i == -1:
            return
        pos_i = particle_x[i]
        v_i = particle_v[i]
        rho_i = particle_rho[i]
        fluid_i = fluid_phases[particle_phase[i]]
        p_i = phase_pressure(rho_i, fluid_i)
        p_rho2_i = p_i / (rho_i * rho_i)
        f = wp.vec3()
        num_neighbors = int(0)
        for j in wp.hash_grid_query(grid, pos_i, smoothing_length):
            r_ij = pos_i - particle_x[j]
            dist = wp.length(r_ij)
            if dist >= smoothing_length or dist == 0.0:
                continue
            if wp.static(smoothing == SmoothingKernel.SPIKY):
                grad_w = spiky_grad(r_ij, dist, smoothing_length)
            elif wp.static(smoothing == SmoothingKernel.CUBIC):
                grad_w = cubic_grad(r_ij, dist, smoothing_length)
            else:
                grad_w = wendland_grad(r_ij, dist, smoothing_length)
            num_neighbors += 1
            rho_j = particle_rho[j]
            fluid_j = fluid_phases[particle_phase[j]]
            m_j = fluid_j[3]
            p_j = phase_pressure(rho_j, fluid_j)
            f -= grad_w * (m_j * (p_rho2_i + p_j / (rho_j * rho_j)))
            mu = 0.5 * (fluid_i[2] + fluid_j[2])
            f += (particle_v[j] - v_i) * (2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / dist)
        neighbor_counts[i] = num_neighbors
        particle_a[i] = f
    return sph_pressure_viscosity


sph_pressure_viscosity_wendland = create_sph_pressure_viscosity_kernel(SmoothingKernel.WENDLAND)


@wp.kernel
def neighbor_count(
    grid: wp.uint64,
    positions: wp.array[wp.vec3],
    particle_radius: float,
    num_neighbors: wp.array[wp.int32],
):
    tid = wp.tid()
    i = tid
    x = positions[i]
    r_sq = particle_radius * particle_radius
    count = int(0)
    for j in wp.hash_grid_query(grid, x, particle_radius):
        if wp.length_sq(x - positions[j]) <= r_sq:
            count += 1
    # the point itself was counted too
    num_neighbors[i] = count - 1
