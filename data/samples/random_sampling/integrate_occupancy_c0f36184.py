import warp as wp


@wp.kernel
def integrate_occupancy(
    seed: int,
    num_samples: int,
    collider_pose: wp.transform,
    ground_normal: wp.vec3,
    ground_height: float,
    result: wp.array[float],
    moment_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    inside = int(0)
    centroid = wp.vec3(0.0)
    for s in range(num_samples):
        # one stream per sample, so the estimate does not depend on the thread count
        rng = wp.rand_init(seed, tid * num_samples + s)
        p_local = wp.sample_unit_cube(rng)
        # the sampling box moves with the shape
        p = wp.transform_point(collider_pose, p_local)
        if (wp.dot(p, ground_normal) - ground_height) < 0.0:
            inside += 1
            centroid += p
    # the host divides the sums by the number of threads (and the moment by the volume)
    scale = 8.0 / float(wp.max(num_samples, 1))
    wp.atomic_add(result, 0, scale * float(inside))
    wp.atomic_add(moment_out, 0, centroid * scale)
