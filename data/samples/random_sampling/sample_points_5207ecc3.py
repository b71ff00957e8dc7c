import warp as wp


@wp.kernel
def sample_points(
    centers: wp.array[wp.vec3],
    samples: wp.array[wp.vec3],
    seed: int,
    particle_radius: float,
):
    tid = wp.tid()
    rng = wp.rand_init(seed, tid)
    c = centers[tid]
    samples[tid] = c + wp.sample_unit_sphere(rng) * particle_radius
