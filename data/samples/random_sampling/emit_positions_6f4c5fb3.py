import warp as wp


@wp.kernel
def emit_positions(samples: wp.array(dtype=wp.vec3), seed: int, center: wp.vec3, radius: float):
    tid = wp.tid()
    rng = wp.rand_init(seed, tid)
    samples[tid] = center + wp.sample_unit_sphere(rng) * radius
