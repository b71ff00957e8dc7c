import warp as wp


@wp.func
def tracking_reward(error: float, sigma: float) -> float:
    # 1 on target, falling off as a Gaussian of the error
    return wp.exp(-error * error / sigma)


@wp.kernel(enable_backward=False)
def compute_env_rewards(
    joint_q: wp.array2d[float],
    joint_target: wp.array2d[float],
    joint_velocities: wp.array2d[float],
    actions: wp.array2d[float],
    last_actions: wp.array2d[float],
    joint_limit_lower: wp.array2d[float],
    joint_limit_upper: wp.array2d[float],
    tracking_weight: float,
    tracking_sigma: float,
    dof_vel_weight: float,
    action_rate_weight: float,
    rewards: wp.array[float],
    terminated: wp.array[wp.int32],
):
    env, j = wp.tid()
    q_j = joint_q[env, j]
    qd_j = joint_velocities[env, j]
    action = actions[env, j]
    q_min = joint_limit_lower[env, j]
    upper = joint_limit_upper[env, j]
    reward = tracking_weight * tracking_reward(q_j - joint_target[env, j], tracking_sigma)
    reward -= dof_vel_weight * qd_j * qd_j
    da = action - last_actions[env, j]
    reward -= action_rate_weight * da * da
    wp.atomic_add(rewards, env, reward)
    if q_j < q_min or q_j > upper:
        terminated[env] = 1
