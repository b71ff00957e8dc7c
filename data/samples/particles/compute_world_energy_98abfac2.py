import warp as wp


@wp.func
def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:
    # kinetic plus potential energy in a uniform field
    return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)


@wp.kernel
def compute_world_energy(
    world_particle_start: wp.array[wp.int32],
    world_particle_count: wp.array[wp.int32],
    positions: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    masses: wp.array[float],
    world_energy: wp.array[float],
    world_momentum: wp.array[wp.vec3],
    world_mass: wp.array[float],
    centroid_sum: wp.array[wp.vec3],
    energies: wp.array[float],
):
    world, i = wp.tid()
    start = world_particle_start[world]
    if i >= world_particle_count[world]:
        return
    p = positions[start + i]
    v_cur = velocities[start + i]
    m = masses[start + i]
    e = particle_energy(m, v_cur, p, wp.vec3(0.0, -9.81, 0.0))
    energies[start + i] = e
    wp.atomic_add(world_energy, world, e)
    wp.atomic_add(world_momentum, world, m * v_cur)
    # the world's centre of mass is moment / mass, taken after the launch
    wp.atomic_add(world_mass, world, m)
    wp.atomic_add(centroid_sum, world, m * p)
