import warp as wp


@wp.kernel
def emit_particles(
    positions: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    num_emitted: wp.array[int],
    sample_points: wp.array[wp.vec3],
    rng_seed: int,
    delta_time: float,
    lam: float,
    radius: float,
):
    tid = wp.tid()
    rng = wp.rand_init(rng_seed, tid)
    p = positions[tid]
    vel = particle_v[tid]
    num_new = int(wp.poisson(rng, lam * delta_time))
    # reserve a contiguous range of slots for this source
    first = wp.atomic_add(num_emitted, 0, num_new)
    for k in range(num_new):
        slot = first + k
        # drop what does not fit in the output buffer
        if slot < sample_points.shape[0]:
            sample_points[slot] = (p + vel * delta_time) + wp.sample_unit_sphere(rng) * radius
