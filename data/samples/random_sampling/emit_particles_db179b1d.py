import warp as wp


@wp.kernel
def emit_particles(
    particle_x: wp.array(dtype=wp.vec3),
    particle_v: wp.array(dtype=wp.vec3),
    rates: wp.array(dtype=float),
    rng_seed: wp.int32,
    dt: float,
    particle_radius: float,
    particle_count: wp.array(dtype=wp.int32),
    points_out: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    rng = wp.rand_init(rng_seed, tid)
    x = particle_x[tid]
    lam = rates[tid]
    num_new = int(wp.poisson(rng, lam * dt))
    # reserve a contiguous range of slots for this source
    first = wp.atomic_add(particle_count, 0, num_new)
    for k in range(num_new):
        slot = first + k
        # drop what does not fit in the output buffer
        if slot < points_out.shape[0]:
            points_out[slot] = (x + particle_v[tid] * dt) + wp.sample_unit_sphere(rng) * particle_radius
