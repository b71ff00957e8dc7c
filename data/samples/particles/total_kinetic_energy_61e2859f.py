import warp as wp


@wp.kernel
def total_kinetic_energy(
    velocities: wp.array[wp.vec3],
    masses: wp.array[float],
    energies: wp.array[float],
):
    tid = wp.tid()
    v = velocities[tid]
    mass = masses[tid]
    wp.atomic_add(energies, 0, 0.5 * mass * wp.length_sq(v))
