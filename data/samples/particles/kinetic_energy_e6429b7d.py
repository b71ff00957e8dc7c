import warp as wp


@wp.kernel
def kinetic_energy(
    velocities: wp.array[wp.vec3],
    masses: wp.array[float],
    energies: wp.array[float],
):
    tid = wp.tid()

    # E = 1/2 m |v|^2
    energies[tid] = 0.5 * masses[tid] * wp.dot(velocities[tid], velocities[tid])
