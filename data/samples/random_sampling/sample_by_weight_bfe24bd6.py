import warp as wp


@wp.kernel
def sample_by_weight(
    body_inv_mass: wp.array[float],
    pdf: wp.array[float],
    points: wp.array[wp.vec3],
    seed: int,
    gain: float,
    points_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if body_inv_mass[tid] == 0.0:
        return
    rng = wp.rand_init(seed, tid)
    u = wp.randf(rng) * pdf[pdf.shape[0] - 1]
    index = wp.min(wp.lower_bound(pdf, u), points.shape[0] - 1)
    # copies of the same point would stay together without the jitter
    points_out[tid] = points[index] + (wp.vec3(wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0))) * gain
