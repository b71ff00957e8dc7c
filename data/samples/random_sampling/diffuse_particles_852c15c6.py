import warp as wp


@wp.kernel
def diffuse_particles(
    positions: wp.array(dtype=wp.vec3),
    seed: int,
    diffusion: float,
    time_step: float,
):
    """One Brownian-motion step: a Gaussian displacement with variance 2 D dt per axis."""
    tid = wp.tid()

    # a different stream per thread
    rng = wp.rand_init(seed, tid)
    step = wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))
    positions[tid] = positions[tid] + step * wp.sqrt(2.0 * diffusion * time_step)
