import warp as wp


@wp.func
def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:
    # kinetic plus potential energy in a uniform field
    return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)


@wp.kernel
def sum_energy_per_world(
    world_particle_start: wp.array(dtype=wp.int32),
    world_particle_count: wp.array(dtype=wp.int32),
    positions: wp.array(dtype=wp.vec3),
    velocities: wp.array(dtype=wp.vec3),
    masses: wp.array(dtype=float),
    g: wp.vec3,
    world_energy: wp.array(dtype=float),
    world_momentum: wp.array(dtype=wp.vec3),
    world_max_speed: wp.array(dtype=float),
):
    """Sum each world's particle energy into one total per world; particles of all worlds are stored back to back."""
    world, i = wp.tid()
    start = world_particle_start[world]
    if i >= world_particle_count[world]:
        return
    p = positions[start + i]
    v_cur = velocities[start + i]
    m = masses[start + i]
    wp.atomic_add(world_energy, world, particle_energy(m, v_cur, p, g))
    wp.atomic_add(world_momentum, world, m * v_cur)
    wp.atomic_max(world_max_speed, world, wp.length(v_cur))


@wp.kernel
def velocity_norms(
    num_active: wp.array(dtype=wp.int32),
    v: wp.array(dtype=wp.vec3),
    speeds: wp.array(dtype=float),
):
    tid = wp.tid()
    if tid >= num_active[0]:
        return
    vel = v[tid]
    speeds[tid] = wp.length(vel)
