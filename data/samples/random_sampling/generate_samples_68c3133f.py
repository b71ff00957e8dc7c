import warp as wp


@wp.kernel
def generate_samples(
    positions: wp.array[wp.vec3],
    rng_seed: int,
    smoothing_length: float,
    points_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    rng = wp.rand_init(rng_seed, tid)
    points_out[tid] = positions[tid] + wp.sample_unit_sphere_surface(rng) * smoothing_length
