import warp as wp


class ParticleFlags:
    ACTIVE = wp.constant(wp.int32(1))


@wp.kernel
def gather_and_scale(
    body_inv_mass: wp.array(dtype=float),
    source: wp.array(dtype=wp.vec3),
    indices: wp.array(dtype=int),
    weights: wp.array(dtype=float),
    gathered: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if body_inv_mass[tid] == 0.0:
        return
    w = weights[tid]
    gathered[tid] = w * source[indices[tid]]


@wp.kernel(enable_backward=False)
def collect_active_particles(
    flags: wp.array(dtype=int),
    velocities: wp.array(dtype=wp.vec3),
    particle_inv_mass: wp.array(dtype=float),
    sleep_threshold: float,
    active_count: wp.array(dtype=int),
    active_particles: wp.array(dtype=int),
):
    tid = wp.tid()
    if (flags[tid] & ParticleFlags.ACTIVE) == 0 or particle_inv_mass[tid] == 0.0:
        return
    if wp.length_sq(velocities[tid]) < sleep_threshold * sleep_threshold:
        return
    slot = wp.atomic_add(active_count, 0, 1)
    if slot < active_particles.shape[0]:
        active_particles[slot] = tid
