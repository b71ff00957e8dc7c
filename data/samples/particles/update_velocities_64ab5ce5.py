import warp as wp


@wp.kernel
def update_velocities(
    v: wp.array[wp.vec2],
    particle_f: wp.array[wp.vec2],
    inv_mass: wp.array[float],
    v_new: wp.array[wp.vec2],
    dt: float,
):
    """Leapfrog: kick the velocities with the accelerations."""
    tid = wp.tid()
    f = particle_f[tid]
    v_new[tid] = v[tid] + dt * f * inv_mass[tid]
