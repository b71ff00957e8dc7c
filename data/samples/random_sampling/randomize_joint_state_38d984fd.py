import warp as wp


@wp.kernel(enable_backward=False)
def randomize_joint_state(
    num_dofs: wp.int32,
    env_reset: wp.array[wp.int32],
    joint_q_init: wp.array2d[float],
    joint_limit_lower: wp.array2d[float],
    joint_limit_upper: wp.array2d[float],
    rng_seed: wp.int32,
    noise_scale: float,
    joint_q: wp.array2d[float],
    joint_qd: wp.array2d[float],
    joint_target: wp.array2d[float],
):
    env, j = wp.tid()
    if j >= num_dofs or env_reset[env] == 0:
        return
    rng = wp.rand_init(rng_seed, env * num_dofs + j)
    lower = joint_limit_lower[env, j]
    q_max = joint_limit_upper[env, j]
    q = joint_q_init[env, j] + noise_scale * wp.randf(rng, -1.0, 1.0)
    q = wp.clamp(q, lower, q_max)
    joint_q[env, j] = q
    joint_qd[env, j] = 0.0
    joint_target[env, j] = q
