import warp as wp


@wp.kernel
def poisson_emitter(
    positions: wp.array(dtype=wp.vec3),
    radii: wp.array(dtype=float),
    seed: int,
    rate: float,
    dt: float,
    num_emitted: wp.array(dtype=int),
    sample_points: wp.array(dtype=wp.vec3),
):
    """Stochastic particle emission around each source point."""
    tid = wp.tid()
    rng = wp.rand_init(seed, tid)
    pos = positions[tid]
    r = radii[tid]
    num_new = int(wp.poisson(rng, rate * dt))
    # reserve a contiguous range of slots for this source
    first = wp.atomic_add(num_emitted, 0, num_new)
    for k in range(num_new):
        slot = first + k
        # drop what does not fit in the output buffer
        if slot < sample_points.shape[0]:
            sample_points[slot] = pos + wp.sample_unit_sphere(rng) * r
