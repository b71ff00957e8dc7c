import warp as wp


# phase rows: (rest density, stiffness, viscosity, particle mass)
fluid_phase = wp.types.vector(length=4, dtype=wp.float32)


class ParticleFlags:
    ACTIVE = wp.constant(wp.int32(1))


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
    # Tait equation (weakly compressible SPH), exponent 7 as for water
    p = fluid[1] * (wp.pow(rho / fluid[0], 7.0) - 1.0)
    return p


def create_sph_pressure_viscosity_kernel(smoothing: str):
    @wp.kernel
    def sph_pressure_viscosity(
        fluid_phases: wp.array[fluid_phase],
        grid: wp.uint64,
        particle_x: wp.array[wp.vec3],
        particle_v: wp.array[wp.vec3],
        particle_rho: wp.array[float],
        particle_phase: wp.array[wp.int32],
        particle_flags: wp.array[wp.int32],
        smoothing_length: wp.array[float],
        cohesion: wp.array[float],
        particle_a: wp.array[wp.vec3],
        neighbor_count: wp.array[wp.int32],
    ):
        """Pressure and viscosity of multiphase SPH over hash-grid neighbours; the smoothing kernel is a closure constant, so each kernel compiles its own gradient."""
        tid = wp.tid()
        # walk particles in grid order so neighbouring threads share cells
        i = wp.hash_grid_point_id(grid, tid)
        if i == -1:
            return
        if (particle_flags[i] & ParticleFlags.ACTIVE) == 0:
            return
        k_cohesion = cohesion[0]
        h_local = smoothing_length[0]
        pos_i = particle_x[i]
        v_i = particle_v[i]
        rho_i = particle_rho[i]
        fluid_i = fluid_phases[particle_phase[i]]
        p_i = phase_pressure(rho_i, fluid_i)
        p_rho2_i = p_i / (rho_i * rho_i)
        f = wp.vec3()
        num_neighbors = int(0)
        for j in wp.hash_grid_query(grid, pos_i, h_local):
            r_ij = pos_i - particle_x[j]
            dist = wp.length(r_ij)
            # the particle itself, and neighbour cells' points outside the support
            if dist >= h_local or dist == 0.0:
                continue
            if wp.static(smoothing == "spiky"):
                grad_w = spiky_grad(r_ij, dist, h_local)
            elif wp.static(smoothing == "cubic"):
                grad_w = cubic_grad(r_ij, dist, h_local)
            else:
                grad_w = wendland_grad(r_ij, dist, h_local)
            num_neighbors += 1
            rho_j = particle_rho[j]
            fluid_j = fluid_phases[particle_phase[j]]
            m_j = fluid_j[3]
            p_j = phase_pressure(rho_j, fluid_j)
            # symmetric form: momentum is conserved pairwise
            f -= grad_w * (m_j * (p_rho2_i + p_j / (rho_j * rho_j)))
            # viscosity through the kernel gradient; the 0.01 h^2 keeps close pairs finite
            mu = 0.5 * (fluid_i[2] + fluid_j[2])
            f += grad_w * (mu * m_j / rho_j * wp.dot(v_i - particle_v[j], r_ij) / (dist * dist + 0.01 * h_local * h_local))
            # pairwise cohesion (a cheap surface tension): pull towards neighbours, fading at the support
            f -= r_ij * (m_j * k_cohesion * (h_local - dist) / dist)
        neighbor_count[i] = num_neighbors
        particle_a[i] = f
    return sph_pressure_viscosity


sph_pressure_viscosity_spiky = create_sph_pressure_viscosity_kernel("spiky")


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
    particle_mass: wp.array[float],
    smoothing_length: wp.array[float],
    rest_density: wp.array[float],
    pressure_stiffness: wp.array[float],
    viscosity: wp.array[float],
    accelerations: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    if i == -1:
        return
    mu_v = viscosity[0]
    k_p_local = pressure_stiffness[0]
    rho0_cur = rest_density[0]
    h_local = smoothing_length[0]
    x_i = particle_x[i]
    v_i = particle_v[i]
    rho_i = densities[i]
    p_i = pressure_from_density(rho_i, rho0_cur, k_p_local)
    h2 = h_local * h_local
    h6 = h2 * h2 * h2
    spiky_coeff = -45.0 / (wp.pi * h6)
    laplacian_coeff = 45.0 / (wp.pi * h6)
    a_pressure = wp.vec3(0.0)
    a_viscosity = wp.vec3(0.0)
    for j in wp.hash_grid_query(grid, x_i, h_local):
        if j == i:
            continue
        r = x_i - particle_x[j]
        d = wp.length(r)
        if d >= h_local or d < 1.0e-6:
            continue
        rho_j = densities[j]
        p_j = pressure_from_density(rho_j, rho0_cur, k_p_local)
        m_j = particle_mass[j]
        q = h_local - d
        grad_w = r * (spiky_coeff * q * q / d)
        a_pressure -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))
        a_viscosity += (particle_v[j] - v_i) * (m_j / (rho_i * rho_j) * laplacian_coeff * q)
    accelerations[i] = a_pressure + a_viscosity * mu_v + wp.vec3(0.0, -9.81, 0.0)


@wp.kernel
def count_close_points(
    grid: wp.uint64,
    positions: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    counts: wp.array[wp.int32],
):
    tid = wp.tid()
    i = tid
    x = positions[i]
    r = particle_radius[i]
    r_sq = r * r

    # count neighbours inside the radius, not the point itself
    count = int(0)
    for j in wp.hash_grid_query(grid, x, r):
        if j != i and wp.length_sq(x - positions[j]) <= r_sq:
            count += 1
    counts[i] = count


@wp.kernel
def mean_neighbor_distance(
    grid: wp.uint64,
    positions: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    spacing: wp.array[float],
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    if i == -1:
        return
    x = positions[i]
    query = wp.hash_grid_query(grid, x, particle_radius[i])
    j = int(0)
    total = float(0.0)
    count = float(0.0)
    while wp.hash_grid_query_next(query, j):
        r = wp.length(positions[j] - x)
        if j != i and r < particle_radius[i]:
            total += r
            count += 1.0
    spacing[i] = wp.where(count > 0.0, total / wp.max(count, 1.0e-6), 0.0)
