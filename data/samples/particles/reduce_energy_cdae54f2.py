import warp as wp


@wp.kernel
def reduce_energy(
    v: wp.array[wp.vec3],
    masses: wp.array[float],
    kd: float,
    sim_dt: float,
    energies: wp.array[float],
):
    tid = wp.tid()
    vel = v[tid]
    mass = masses[tid]
    wp.atomic_add(energies, 0, 0.5 * mass * wp.length_sq(vel * (1.0 - kd * sim_dt)))
