import warp as wp


@wp.kernel
def emit_positions(
    shape_centers: wp.array[wp.vec3],
    sample_points: wp.array[wp.vec3],
    seed: int,
    particle_radius: float,
):
    tid = wp.tid()
    rng = wp.rand_init(seed, tid)
    sample_points[tid] = shape_centers[tid] + wp.sample_unit_sphere(rng) * particle_radius
