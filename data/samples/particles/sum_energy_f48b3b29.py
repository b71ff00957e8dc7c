import warp as wp


@wp.kernel
def sum_energy(v: wp.array[wp.vec3], energies: wp.array[float], mass: float):
    tid = wp.tid()

    # one atomic sum over all threads
    wp.atomic_add(energies, 0, 0.5 * mass * wp.length_sq(v[tid]))
