import warp as wp


@wp.kernel(enable_backward=False)
def reset_envs(
    num_dofs: wp.int32,
    env_reset: wp.array[wp.int32],
    joint_q_init: wp.array2d[float],
    rng_seed: wp.int32,
    qd_noise_scale: float,
    joint_q: wp.array2d[float],
    joint_velocities: wp.array2d[float],
    joint_target_pos: wp.array2d[float],
    last_actions: wp.array2d[float],
    episode_length: wp.array[wp.int32],
):
    env, j = wp.tid()
    if j >= num_dofs or env_reset[env] == 0:
        return
    rng = wp.rand_init(rng_seed, env * num_dofs + j)
    q_default = joint_q_init[env, j]
    q = q_default * wp.randf(rng, 0.5, 1.5)
    joint_q[env, j] = q
    joint_velocities[env, j] = qd_noise_scale * wp.randn(rng)
    joint_target_pos[env, j] = q
    last_actions[env, j] = 0.0
    if j == 0:
        episode_length[env] = 0


@wp.kernel
def importance_resample(
    probabilities: wp.array[float],
    particle_x: wp.array[wp.vec3],
    rng_seed: wp.int32,
    scale: float,
    sample_points: wp.array[wp.vec3],
):
    tid = wp.tid()
    rng = wp.rand_init(rng_seed, tid)
    u = wp.randf(rng) * probabilities[probabilities.shape[0] - 1]
    index = wp.min(wp.lower_bound(probabilities, u), particle_x.shape[0] - 1)
    # copies of the same point would stay together without the jitter
    sample_points[tid] = particle_x[index] + wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng)) * scale


@wp.kernel
def random_surface_points(
    mesh: wp.uint64,
    tri_ids: wp.array[wp.int32],
    rng_seed: wp.int32,
    offset: wp.int32,
    positions: wp.array[wp.vec3],
    face_normals: wp.array[wp.vec3],
):
    tid = wp.tid()
    rng = wp.rand_init(rng_seed, offset + tid)
    tri = tri_ids[tid]
    ru = wp.randf(rng)
    rv = wp.randf(rng)
    su = wp.sqrt(ru)
    pos = wp.mesh_eval_position(mesh, tri, 1.0 - su, su * (1.0 - rv))
    positions[tid] = pos
    face_normals[tid] = wp.mesh_eval_face_normal(mesh, tri)


@wp.kernel
def estimate_occlusion(
    mesh: wp.uint64,
    x: wp.array[wp.vec3],
    rng_seed: wp.int32,
    up: wp.vec3,
    spp: wp.int32,
    ray_length: float,
    lit: wp.array[float],
):
    tid = wp.tid()
    pos = x[tid]
    # offset the start so rays do not hit the surface they leave
    start = pos + up * 1.0e-3
    escaped = int(0)
    for s in range(spp):
        rng = wp.rand_init(rng_seed, tid * spp + s)
        d = wp.sample_unit_hemisphere_surface(rng)
        # mirror into the hemisphere around the normal
        if wp.dot(d, up) < 0.0:
            d = -d
        if not wp.mesh_query_ray_anyhit(mesh, start, d, ray_length):
            escaped += 1
    lit[tid] = float(escaped) / float(wp.max(spp, 1))
