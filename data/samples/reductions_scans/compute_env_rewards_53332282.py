import warp as wp


@wp.func
def tracking_reward(error: float, sigma: float) -> float:
    # 1 on target, falling off as a Gaussian of the error
    return wp.exp(-error * error / sigma)


@wp.kernel(enable_backward=False)
def compute_env_rewards(
    joint_q: wp.array2d(dtype=float),
    joint_target: wp.array2d(dtype=float),
    joint_velocities: wp.array2d(dtype=float),
    actions: wp.array2d(dtype=float),
    prev_actions: wp.array2d(dtype=float),
    joint_limit_lower: wp.array2d(dtype=float),
    joint_limit_upper: wp.array2d(dtype=float),
    w_track: float,
    w_dof_vel: float,
    w_action_rate: float,
    env_reward: wp.array(dtype=float),
    env_done: wp.array(dtype=wp.int32),
):
    env, j = wp.tid()
    q_j = joint_q[env, j]
    q_target = joint_target[env, j]
    joint_rate = joint_velocities[env, j]
    last_action = prev_actions[env, j]
    lower = joint_limit_lower[env, j]
    reward = w_track * tracking_reward(q_j - q_target, 0.25)
    reward -= w_dof_vel * joint_rate * joint_rate
    # smooth actions: penalize the change since the last step
    da = actions[env, j] - last_action
    reward -= w_action_rate * da * da
    wp.atomic_add(env_reward, env, reward)
    if q_j < lower or q_j > joint_limit_upper[env, j]:
        # every thread that sees a violation writes the same flag
        env_done[env] = 1


@wp.kernel(enable_backward=False)
def build_world_body_offsets(
    world_body_count: wp.array(dtype=wp.int32),
    world_count: wp.int32,
    world_body_start: wp.array(dtype=wp.int32),
    body_world_index: wp.array(dtype=wp.int32),
    body_count: wp.array(dtype=wp.int32),
):
    start = wp.int32(0)
    for w in range(world_count):
        count = world_body_count[w]
        world_body_start[w] = start
        for b in range(count):
            body_world_index[start + b] = w
        start += count
    body_count[0] = start


@wp.kernel(enable_backward=False)
def build_segment_offsets(
    segment_counts: wp.array(dtype=wp.int32),
    segment_offsets: wp.array(dtype=wp.int32),
    item_total: wp.array(dtype=wp.int32),
    max_segment_size: wp.array(dtype=wp.int32),
    num_segments: wp.int32,
    capacity: wp.int32,
):
    """Turn per-segment counts into start offsets; one thread, the segments are few."""
    total = wp.int32(0)
    longest = wp.int32(0)
    for s in range(num_segments):
        # segments past their capacity are truncated
        count = wp.min(segment_counts[s], capacity)
        segment_offsets[s] = total
        total += count
        longest = wp.max(longest, count)
    item_total[0] = total
    max_segment_size[0] = longest
