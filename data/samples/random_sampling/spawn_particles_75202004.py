import warp as wp


@wp.kernel
def spawn_particles(
    positions: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    seed: int,
    dt: float,
    rate: float,
    particle_radius: float,
    num_emitted: wp.array(dtype=int),
    samples: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    rng = wp.rand_init(seed, tid)
    pos = positions[tid]
    vel = v[tid]
    num_new = int(wp.poisson(rng, rate * dt))
    # reserve a contiguous range of slots for this source
    first = wp.atomic_add(num_emitted, 0, num_new)
    for k in range(num_new):
        slot = first + k
        # drop what does not fit in the output buffer
        if slot < samples.shape[0]:
            samples[slot] = (pos + vel * dt) + wp.sample_unit_sphere(rng) * particle_radius
