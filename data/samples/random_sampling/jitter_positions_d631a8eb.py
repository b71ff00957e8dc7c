import warp as wp


@wp.kernel
def jitter_positions(positions: wp.array[wp.vec3], rng_seed: int, scale: float):
    """Perturb every point by a small random offset."""
    tid = wp.tid()
    rng = wp.rand_init(rng_seed, tid)
    x = positions[tid]
    positions[tid] = x + scale * wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))
