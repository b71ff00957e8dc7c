import warp as wp


PARTICLE_FLAG_ACTIVE = wp.constant(wp.int32(1))


@wp.func
def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:
    # kinetic plus potential energy in a uniform field
    return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)


@wp.kernel
def compute_world_energy(
    world_particle_start: wp.array[int],
    world_particle_count: wp.array[int],
    active: wp.array[int],
    points: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    particle_mass: float,
    env_energy: wp.array[float],
    world_momentum: wp.array[wp.vec3],
    world_max_speed: wp.array[float],
    energies: wp.array[float],
):
    """Sum each world's particle energy into one total per world; particles of all worlds are stored back to back."""
    world, i = wp.tid()
    start = world_particle_start[world]
    if i >= world_particle_count[world] or (active[start + i] & PARTICLE_FLAG_ACTIVE) == 0:
        return
    p = points[start + i]
    vel = velocities[start + i]
    e = particle_energy(particle_mass, vel, p, wp.vec3(0.0, -9.81, 0.0))
    energies[start + i] = e
    wp.atomic_add(env_energy, world, e)
    wp.atomic_add(world_momentum, world, particle_mass * vel)
    wp.atomic_max(world_max_speed, world, wp.length(vel))


@wp.kernel
def velocity_norms(particle_v: wp.array[wp.vec3], speeds: wp.array[float]):
    """|v| per particle."""
    tid = wp.tid()
    v = particle_v[tid]
    speeds[tid] = wp.norm_l2(v)
