import warp as wp


obs_vec = wp.types.vector(length=10, dtype=wp.float32)


class JointMode:
    NONE = wp.constant(0)
    TARGET_POSITION = wp.constant(1)
    TARGET_VELOCITY = wp.constant(2)


@wp.kernel(enable_backward=False)
def gather_body_obs(
    env_body_start: wp.array[wp.int32],
    env_body_count: wp.array[wp.int32],
    obs: wp.array2d[obs_vec],
    particle_x: wp.array[wp.vec3],
    euler_angles: wp.array[wp.vec3],
    body_qd: wp.array[wp.spatial_vector],
    obs_scale_lin_vel: wp.array[float],
    obs_scale_ang_vel: wp.array[float],
):
    env, b = wp.tid()
    if b >= env_body_count[env]:
        return
    body = env_body_start[env] + b
    ang_vel_scale = obs_scale_ang_vel[0]
    lin_vel_scale = obs_scale_lin_vel[0]
    pos = particle_x[body]
    tf = wp.transform(pos, wp.quat_from_euler(euler_angles[body], 2, 1, 0))
    qd = body_qd[body]
    rot = wp.transform_get_rotation(tf)
    up = wp.vec3(0.0, 1.0, 0.0)
    # warp.sim twists: angular on top, linear below
    w_local = wp.quat_rotate_inv(rot, wp.spatial_top(qd))
    v_local = wp.quat_rotate_inv(rot, wp.spatial_bottom(qd))
    v_local = v_local * lin_vel_scale
    w_local = w_local * ang_vel_scale
    # gravity's direction seen from the body
    g_local = wp.quat_rotate_inv(rot, -up)
    obs[env, b] = obs_vec(
        v_local[0], v_local[1], v_local[2],
        w_local[0], w_local[1], w_local[2],
        g_local[0], g_local[1], g_local[2],
        wp.transform_get_translation(tf)[1],
    )


@wp.func
def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:
    if mode == JointMode.TARGET_POSITION:
        return ke * (target - q) - kd * qd
    if mode == JointMode.TARGET_VELOCITY:
        # the damping gain drives the joint rate toward the target
        return kd * (target - qd)
    return 0.0


@wp.kernel
def eval_joint_pd(
    world_dof_start: wp.array[wp.int32],
    world_dof_count: wp.array[wp.int32],
    joint_dof_mode: wp.array[wp.int32],
    joint_q: wp.array[float],
    joint_velocities: wp.array[float],
    joint_target: wp.array[float],
    joint_target_ke: wp.array[float],
    joint_target_kd: wp.array[float],
    joint_effort_limit: wp.array[float],
    joint_tau: wp.array[float],
):
    """PD drive of every world's joints toward their targets; worlds hold different numbers of degrees of freedom, stored back to back."""
    world, j = wp.tid()
    if j >= world_dof_count[world]:
        return
    dof_start = world_dof_start[world]
    mode = joint_dof_mode[dof_start + j]
    if mode == JointMode.NONE:
        return
    q_j = joint_q[dof_start + j]
    kd_i = joint_target_kd[dof_start + j]
    f_max = joint_effort_limit[dof_start + j]
    tau = pd_effort(mode, q_j, joint_velocities[dof_start + j], joint_target[dof_start + j], joint_target_ke[dof_start + j], kd_i)
    tau = wp.clamp(tau, -f_max, f_max)
    joint_tau[dof_start + j] = tau


@wp.kernel(enable_backward=False)
def update_reset_buffer(
    contact_term_bodies: wp.array[wp.int32],
    env_body_start: wp.array[wp.int32],
    body_q: wp.array[wp.transform],
    termination_height: wp.array[float],
    tilt_threshold: wp.array[float],
    max_episode_length: wp.int32,
    env_reset: wp.array[wp.int32],
    episode_step: wp.array[wp.int32],
    env_timeout: wp.array[wp.int32],
    failed_bodies: wp.array[wp.int32],
):
    env, k = wp.tid()
    if k == 0:
        step = episode_step[env] + 1
        episode_step[env] = step
        if step >= max_episode_length:
            env_timeout[env] = 1
            env_reset[env] = 1
    body = contact_term_bodies[k]
    if body < 0:
        return
    min_up = tilt_threshold[0]
    min_height = termination_height[0]
    X_wb = body_q[env_body_start[env] + body]
    p = wp.transform_get_translation(X_wb)
    failed = p[1] < min_height
    up_w = wp.quat_rotate(wp.transform_get_rotation(X_wb), wp.vec3(0.0, 1.0, 0.0))
    failed = failed or up_w[1] < min_up
    if failed:
        env_reset[env] = 1
        wp.atomic_add(failed_bodies, env, 1)


@wp.func
def tracking_reward(error: float, sigma: float) -> float:
    # 1 on target, falling off as a Gaussian of the error
    return wp.exp(-error * error / sigma)


@wp.kernel(enable_backward=False)
def compute_rewards(
    joint_q: wp.array2d[float],
    joint_target_pos: wp.array2d[float],
    tracking_weight: wp.array[float],
    joint_qd: wp.array2d[float],
    dof_vel_weight: wp.array[float],
    joint_limit_lower: wp.array2d[float],
    joint_limit_upper: wp.array2d[float],
    env_reward: wp.array[float],
    env_terminated: wp.array[wp.int32],
):
    env = wp.tid()
    w_rate = dof_vel_weight[0]
    w_track = tracking_weight[0]
    reward = float(0.0)
    out_of_limits = int(0)
    for j in range(joint_q.shape[1]):
        q_j = joint_q[env, j]
        reward += w_track * tracking_reward(q_j - joint_target_pos[env, j], 0.25)
        qd_j = joint_qd[env, j]
        reward -= w_rate * qd_j * qd_j
        if q_j < joint_limit_lower[env, j] or q_j > joint_limit_upper[env, j]:
            out_of_limits = 1
    env_reward[env] = reward
    env_terminated[env] = out_of_limits
