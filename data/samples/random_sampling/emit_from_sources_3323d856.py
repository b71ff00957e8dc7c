import warp as wp


@wp.kernel
def emit_from_sources(
    active: wp.array[int],
    x: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    rng_seed: int,
    lam: float,
    dt: float,
    num_emitted: wp.array[int],
    samples: wp.array[wp.vec3],
):
    tid = wp.tid()
    if active[tid] == 0:
        return
    rng = wp.rand_init(rng_seed, tid)
    p = x[tid]
    r = particle_radius[tid]
    num_new = int(wp.poisson(rng, lam * dt))
    # reserve a contiguous range of slots for this source
    first = wp.atomic_add(num_emitted, 0, num_new)
    for k in range(num_new):
        slot = first + k
        # drop what does not fit in the output buffer
        if slot < samples.shape[0]:
            samples[slot] = p + wp.sample_unit_sphere(rng) * r
