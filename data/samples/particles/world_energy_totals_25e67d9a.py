import warp as wp


PARTICLE_FLAG_ACTIVE = wp.constant(wp.int32(1))


@wp.func
def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:
    # kinetic plus potential energy in a uniform field
    return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)


@wp.kernel
def world_energy_totals(
    world_particle_start: wp.array[int],
    world_particle_count: wp.array[int],
    active: wp.array[int],
    positions: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    masses: wp.array[float],
    g: wp.vec3,
    env_energy: wp.array[float],
    env_momentum: wp.array[wp.vec3],
    world_max_speed: wp.array[float],
    energies: wp.array[float],
):
    world, i = wp.tid()
    start = world_particle_start[world]
    if i >= world_particle_count[world] or (active[start + i] & PARTICLE_FLAG_ACTIVE) == 0:
        return
    m = masses[start + i]
    vel = velocities[start + i]
    e = particle_energy(m, vel, positions[start + i], g)
    energies[start + i] = e
    wp.atomic_add(env_energy, world, e)
    wp.atomic_add(env_momentum, world, m * vel)
    wp.atomic_max(world_max_speed, world, wp.length(vel))
