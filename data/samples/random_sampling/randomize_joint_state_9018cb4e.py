import warp as wp


@wp.kernel(enable_backward=False)
def randomize_joint_state(
    num_dofs: wp.int32,
    env_reset: wp.array(dtype=wp.int32),
    joint_q_default: wp.array2d(dtype=float),
    joint_limit_lower: wp.array2d(dtype=float),
    joint_limit_upper: wp.array2d(dtype=float),
    rng_seed: wp.int32,
    joint_q: wp.array2d(dtype=float),
    joint_qd: wp.array2d(dtype=float),
    episode_length: wp.array(dtype=wp.int32),
):
    env, j = wp.tid()
    if j >= num_dofs or env_reset[env] == 0:
        return
    rng = wp.rand_init(rng_seed, env * num_dofs + j)
    q0 = joint_q_default[env, j]
    lower = joint_limit_lower[env, j]
    upper = joint_limit_upper[env, j]
    q = q0 * wp.randf(rng, 0.5, 1.5)
    q = wp.clamp(q, lower, upper)
    joint_q[env, j] = q
    joint_qd[env, j] = 0.0
    if j == 0:
        episode_length[env] = 0
