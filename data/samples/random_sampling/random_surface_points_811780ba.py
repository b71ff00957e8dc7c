import warp as wp


@wp.kernel
def random_surface_points(
    mesh: wp.uint64,
    thickness: wp.array[float],
    face_count: wp.int32,
    rng_seed: wp.int32,
    points: wp.array[wp.vec3],
):
    tid = wp.tid()
    rng = wp.rand_init(rng_seed, tid)
    lift = thickness[0]
    tri = wp.randi(rng, 0, face_count)
    ru = wp.randf(rng)
    rv = wp.randf(rng)
    # fold samples from the far half of the square back into the triangle
    if ru + rv > 1.0:
        ru = 1.0 - ru
        rv = 1.0 - rv
    pos = wp.mesh_eval_position(mesh, tri, ru, rv)
    pos = pos + wp.mesh_eval_face_normal(mesh, tri) * lift
    points[tid] = pos


@wp.kernel
def resample(
    active: wp.array[wp.int32],
    pdf: wp.array[float],
    x: wp.array[wp.vec3],
    strength: wp.array[float],
    rng_seed: wp.int32,
    samples: wp.array[wp.vec3],
):
    tid = wp.tid()
    if active[tid] != 1:
        return
    rng = wp.rand_init(rng_seed, tid)
    scale = strength[0]
    index = wp.sample_cdf(rng, pdf)
    # copies of the same point would stay together without the jitter
    samples[tid] = x[index] + (wp.vec3(wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0))) * scale


@wp.kernel
def brownian_step(
    positions: wp.array[wp.vec3],
    diffusion: wp.array[float],
    sim_dt: wp.array[float],
    rng_seed: wp.int32,
    x_out: wp.array[wp.vec3],
):
    tid = wp.tid()

    # a different stream per thread
    rng = wp.rand_init(rng_seed, tid)
    h = sim_dt[0]
    diff = diffusion[0]
    x = positions[tid]
    step = wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))
    x_out[tid] = x + step * wp.sqrt(2.0 * diff * h)


@wp.func
def plane_sdf(p: wp.vec3, n: wp.vec3, offset: float):
    return wp.dot(p, n) - offset


@wp.kernel
def estimate_volume(
    plane_offset: wp.array[float],
    rng_seed: wp.int32,
    spp: wp.int32,
    collider_pose: wp.transform,
    up: wp.vec3,
    result: wp.array[float],
    moment_out: wp.array[wp.vec3],
):
    """Each thread tests its own batch of random points and adds its share of the volume and centroid sums."""
    tid = wp.tid()
    offset = plane_offset[0]
    inside = int(0)
    centroid = wp.vec3(0.0)
    for s in range(spp):
        # one stream per sample, so the estimate does not depend on the thread count
        rng = wp.rand_init(rng_seed, tid * spp + s)
        p_local = wp.sample_unit_cube(rng)
        # the sampling box moves with the shape
        p = wp.transform_point(collider_pose, p_local)
        if plane_sdf(p, up, offset) < 0.0:
            inside += 1
            centroid += p
    # the host divides the sums by the number of threads (and the moment by the volume)
    scale = 8.0 / float(wp.max(spp, 1))
    wp.atomic_add(result, 0, scale * float(inside))
    wp.atomic_add(moment_out, 0, centroid * scale)
