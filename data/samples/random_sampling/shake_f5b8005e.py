import warp as wp


@wp.kernel
def shake(particle_x: wp.array[wp.vec3], new_positions: wp.array[wp.vec3], seed: int, scale: float):
    """Add seeded random jitter to each position."""
    tid = wp.tid()
    rng = wp.rand_init(seed, tid)
    x = particle_x[tid]
    new_positions[tid] = x + wp.sample_unit_cube(rng) * scale
