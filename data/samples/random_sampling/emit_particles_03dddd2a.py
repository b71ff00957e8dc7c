import warp as wp


@wp.kernel
def emit_particles(
    particle_x: wp.array[wp.vec3],
    rates: wp.array[float],
    particle_radius: wp.array[float],
    rng_seed: wp.int32,
    dt: float,
    particle_count: wp.array[wp.int32],
    samples: wp.array[wp.vec3],
):
    tid = wp.tid()
    rng = wp.rand_init(rng_seed, tid)
    p = particle_x[tid]
    r = particle_radius[tid]
    num_new = int(wp.poisson(rng, rates[tid] * dt))
    # reserve a contiguous range of slots for this source
    first = wp.atomic_add(particle_count, 0, num_new)
    for k in range(num_new):
        slot = first + k
        # drop what does not fit in the output buffer
        if slot < samples.shape[0]:
            samples[slot] = p + wp.sample_unit_sphere(rng) * r


@wp.kernel(enable_backward=False)
def reset_envs(
    num_dofs: wp.int32,
    env_reset: wp.array[wp.int32],
    joint_q_default: wp.array2d[float],
    joint_q: wp.array2d[float],
    joint_qd: wp.array2d[float],
    joint_target_pos: wp.array2d[float],
    prev_actions: wp.array2d[float],
    rng_seed: wp.int32,
    init_noise: float,
    velocity_noise: float,
):
    env, j = wp.tid()
    if j >= num_dofs or env_reset[env] == 0:
        return
    rng = wp.rand_init(rng_seed, env * num_dofs + j)
    q0 = joint_q_default[env, j]
    q = q0 + init_noise * wp.randf(rng, -1.0, 1.0)
    joint_q[env, j] = q
    joint_qd[env, j] = velocity_noise * wp.randn(rng)
    joint_target_pos[env, j] = q
    prev_actions[env, j] = 0.0
