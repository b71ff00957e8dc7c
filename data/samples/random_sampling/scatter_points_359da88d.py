import warp as wp


@wp.kernel
def scatter_points(
    positions: wp.array(dtype=wp.vec3),
    seed: int,
    scale: float,
    points_out: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    rng = wp.rand_init(seed, tid)
    points_out[tid] = positions[tid] + wp.sample_unit_hemisphere(rng) * scale
