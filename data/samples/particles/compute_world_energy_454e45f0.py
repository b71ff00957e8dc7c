import warp as wp


@wp.func
def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:
    # kinetic plus potential energy in a uniform field
    return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)


@wp.kernel
def compute_world_energy(
    world_particle_start: wp.array(dtype=wp.int32),
    world_particle_count: wp.array(dtype=wp.int32),
    positions: wp.array(dtype=wp.vec3),
    velocities: wp.array(dtype=wp.vec3),
    masses: wp.array(dtype=float),
    world_energy: wp.array(dtype=float),
    world_mass: wp.array(dtype=float),
    first_moment: wp.array(dtype=wp.vec3),
    energies: wp.array(dtype=float),
    g: wp.vec3,
):
    world, i = wp.tid()
    start = world_particle_start[world]
    if i >= world_particle_count[world]:
        return
    p = positions[start + i]
    vel_i = velocities[start + i]
    m = masses[start + i]
    e = particle_energy(m, vel_i, p, g)
    energies[start + i] = e
    wp.atomic_add(world_energy, world, e)
    # the world's centre of mass is moment / mass, taken after the launch
    wp.atomic_add(world_mass, world, m)
    wp.atomic_add(first_moment, world, m * p)


@wp.kernel
def clamp_velocity(
    mask: wp.array(dtype=wp.int32),
    particle_v: wp.array(dtype=wp.vec2),
    speed_limit: float,
):
    """Cap each particle's speed, keeping its direction."""
    tid = wp.tid()
    if mask[tid] != 1:
        return
    v = particle_v[tid]
    speed = wp.length(v)
    if speed > speed_limit:
        particle_v[tid] = v * (speed_limit / speed)
