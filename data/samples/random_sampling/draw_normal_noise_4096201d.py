import warp as wp


SAMPLES_PER_THREAD = wp.constant(4)


@wp.kernel
def draw_normal_noise(seed: wp.int32, mean: float, sigma: float, samples: wp.array[float]):
    """Gaussian noise from uniform numbers through the inverse error function."""
    tid = wp.tid()
    rng = wp.rand_init(seed, tid)
    for k in range(SAMPLES_PER_THREAD):
        # keep u off 0 and 1, where the inverse is infinite
        u = wp.clamp(wp.randf(rng), 1.0e-6, 1.0 - 1.0e-6)
        z = -wp.sqrt(2.0) * wp.erfcinv(2.0 * u)
        slot = tid * SAMPLES_PER_THREAD + k
        if slot < samples.shape[0]:
            samples[slot] = mean + sigma * z
