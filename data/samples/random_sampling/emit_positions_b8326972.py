import warp as wp


@wp.kernel
def emit_positions(
    active: wp.array[int],
    seed: int,
    center: wp.vec3,
    radius: float,
    samples: wp.array[wp.vec3],
):
    tid = wp.tid()
    if active[tid] == 0:
        return
    rng = wp.rand_init(seed, tid)
    samples[tid] = center + wp.sample_unit_sphere(rng) * radius
