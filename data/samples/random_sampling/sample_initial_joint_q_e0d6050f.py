import warp as wp


@wp.kernel(enable_backward=False)
def sample_initial_joint_q(
    num_dofs: int,
    env_reset: wp.array[int],
    joint_q_default: wp.array2d[float],
    seed: int,
    velocity_noise: float,
    joint_q: wp.array2d[float],
    joint_qd: wp.array2d[float],
    episode_length: wp.array[int],
):
    env, j = wp.tid()
    if j >= num_dofs or env_reset[env] == 0:
        return
    rng = wp.rand_init(seed, env * num_dofs + j)
    q_default = joint_q_default[env, j]
    q = q_default * wp.randf(rng, 0.5, 1.5)
    joint_q[env, j] = q
    joint_qd[env, j] = velocity_noise * wp.randn(rng)
    if j == 0:
        episode_length[env] = 0


@wp.kernel
def ambient_occlusion(
    mesh: wp.uint64,
    particle_x: wp.array[wp.vec3],
    normals: wp.array[wp.vec3],
    seed: int,
    samples_per_thread: int,
    ray_length: float,
    visibility: wp.array[float],
):
    """Per-point sky visibility from random shadow rays."""
    tid = wp.tid()
    x = particle_x[tid]
    n = normals[tid]
    # offset the start so rays do not hit the surface they leave
    start = x + n * 1.0e-3
    escaped = int(0)
    for s in range(samples_per_thread):
        rng = wp.rand_init(seed, tid * samples_per_thread + s)
        d = wp.sample_unit_hemisphere_surface(rng)
        # mirror into the hemisphere around the normal
        if wp.dot(d, n) < 0.0:
            d = -d
        if not wp.mesh_query_ray_anyhit(mesh, start, d, ray_length):
            escaped += 1
    visibility[tid] = float(escaped) / float(wp.max(samples_per_thread, 1))


@wp.kernel
def sample_surface(mesh: wp.uint64, face_ids: wp.array[int], seed: int, points: wp.array[wp.vec3]):
    tid = wp.tid()
    rng = wp.rand_init(seed, tid)

    # each sample belongs to one of the emitting faces
    tri = face_ids[tid]
    ru = wp.randf(rng)
    rv = wp.randf(rng)
    # uniform over the triangle: u = 1 - sqrt(r1), v = sqrt(r1) (1 - r2)
    su = wp.sqrt(ru)
    pos = wp.mesh_eval_position(mesh, tri, 1.0 - su, su * (1.0 - rv))
    points[tid] = pos


@wp.func
def capsule_sdf(p: wp.vec3, radius: float, half_height: float):
    # capsule along the local y axis
    axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)
    return wp.length(p - axis_point) - radius


@wp.kernel
def estimate_volume(
    seed: int,
    samples_per_thread: int,
    shape_xform_w: wp.transform,
    particle_radius: float,
    half_height: float,
    result: wp.array[float],
    moment_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    inside = int(0)
    centroid = wp.vec3(0.0)
    for s in range(samples_per_thread):
        # one stream per sample, so the estimate does not depend on the thread count
        rng = wp.rand_init(seed, tid * samples_per_thread + s)
        p_local = wp.sample_unit_cube(rng)
        # the sampling box moves with the shape
        p = wp.transform_point(shape_xform_w, p_local)
        if capsule_sdf(p_local, particle_radius, half_height) < 0.0:
            inside += 1
            centroid += p
    # the host divides the sums by the number of threads (and the moment by the volume)
    scale = 8.0 / float(wp.max(samples_per_thread, 1))
    wp.atomic_add(result, 0, scale * float(inside))
    wp.atomic_add(moment_out, 0, centroid * scale)
