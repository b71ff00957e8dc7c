import warp as wp


class ParticleFlags:
    ACTIVE = wp.constant(wp.int32(1))


@wp.func
def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:
    # kinetic plus potential energy in a uniform field
    return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)


@wp.kernel
def compute_world_energy(
    world_particle_start: wp.array[wp.int32],
    world_particle_count: wp.array[wp.int32],
    flags: wp.array[wp.int32],
    points: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    masses: wp.array[float],
    world_energy: wp.array[float],
    world_momentum: wp.array[wp.vec3],
    env_mass: wp.array[float],
    first_moment: wp.array[wp.vec3],
    energies: wp.array[float],
):
    """Sum each world's particle energy into one total per world; particles of all worlds are stored back to back."""
    world, i = wp.tid()
    start = world_particle_start[world]
    if i >= world_particle_count[world] or (flags[start + i] & ParticleFlags.ACTIVE) == 0:
        return
    p = points[start + i]
    v_cur = velocities[start + i]
    mass = masses[start + i]
    e = particle_energy(mass, v_cur, p, wp.vec3(0.0, -9.81, 0.0))
    energies[start + i] = e
    wp.atomic_add(world_energy, world, e)
    wp.atomic_add(world_momentum, world, mass * v_cur)
    # the world's centre of mass is moment / mass, taken after the launch
    wp.atomic_add(env_mass, world, mass)
    wp.atomic_add(first_moment, world, mass * p)


@wp.kernel
def velocity_norms(particle_v: wp.array[wp.vec2], speeds: wp.array[float]):
    tid = wp.tid()
    v = particle_v[tid]
    speeds[tid] = wp.norm_l2(v)
