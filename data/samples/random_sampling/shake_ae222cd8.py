import warp as wp


@wp.kernel
def shake(
    positions: wp.array(dtype=wp.vec3),
    new_positions: wp.array(dtype=wp.vec3),
    rng_seed: int,
    strength: float,
):
    tid = wp.tid()
    rng = wp.rand_init(rng_seed, tid)
    p = positions[tid]
    new_positions[tid] = p + strength * wp.sample_unit_sphere(rng)
