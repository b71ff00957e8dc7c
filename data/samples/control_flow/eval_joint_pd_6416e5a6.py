import warp as wp


class JointMode:
    NONE = wp.constant(0)
    TARGET_POSITION = wp.constant(1)
    TARGET_VELOCITY = wp.constant(2)


class JointType:
    PRISMATIC = wp.constant(0)
    REVOLUTE = wp.constant(1)
    BALL = wp.constant(2)
    FIXED = wp.constant(3)
    FREE = wp.constant(4)
    COMPOUND = wp.constant(5)
    UNIVERSAL = wp.constant(6)
    DISTANCE = wp.constant(7)
    D6 = wp.constant(8)


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
    joint_target_pos: wp.array[float],
    joint_target_ke: wp.array[float],
    joint_kd: wp.array[float],
    joint_effort_limit: wp.array[float],
    joint_f: wp.array[float],
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
    joint_rate = joint_velocities[dof_start + j]
    q_target = joint_target_pos[dof_start + j]
    kd_cur = joint_kd[dof_start + j]
    f_max = joint_effort_limit[dof_start + j]
    tau = pd_effort(mode, q_j, joint_rate, q_target, joint_target_ke[dof_start + j], kd_cur)
    tau = wp.clamp(tau, -f_max, f_max)
    # added to the efforts other terms already wrote
    joint_f[dof_start + j] += tau


@wp.func
def tracking_reward(error: float, sigma: float) -> float:
    # 1 on target, falling off as a Gaussian of the error
    return wp.exp(-error * error / sigma)


@wp.kernel(enable_backward=False)
def compute_env_rewards(
    joint_q: wp.array2d[float],
    joint_target: wp.array2d[float],
    tracking_weight: wp.array[float],
    tracking_sigma: wp.array[float],
    joint_qd: wp.array2d[float],
    w_dof_vel: wp.array[float],
    time_step: wp.array[float],
    rewards: wp.array[float],
):
    env = wp.tid()
    h = time_step[0]
    w_rate = w_dof_vel[0]
    sigma_local = tracking_sigma[0]
    w_track = tracking_weight[0]
    reward = float(0.0)
    for j in range(joint_q.shape[1]):
        q_j = joint_q[env, j]
        reward += w_track * tracking_reward(q_j - joint_target[env, j], sigma_local)
        qd_j = joint_qd[env, j]
        reward -= w_rate * qd_j * qd_j
    rewards[env] = reward * h


@wp.func
def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:
    # a damped spring that only acts past either limit
    if q < lower:
        return ke * (lower - q) - kd * qd
    if q > upper:
        return ke * (upper - q) - kd * qd
    return 0.0


@wp.kernel
def joint_limit_forces(
    world_active: wp.array[wp.int32],
    world_joint_start: wp.array[wp.int32],
    world_joint_count: wp.array[wp.int32],
    joint_type: wp.array[wp.int32],
    joint_q_start: wp.array[wp.int32],
    joint_qd_start: wp.array[wp.int32],
    joint_q: wp.array[float],
    joint_velocities: wp.array[float],
    joint_limit_lower: wp.array[float],
    joint_limit_upper: wp.array[float],
    joint_limit_ke: wp.array[float],
    joint_limit_kd: wp.array[float],
    joint_target_pos: wp.array[float],
    joint_target_ke: wp.array[float],
    joint_kd: wp.array[float],
    joint_effort_limit: wp.array[float],
    stiffness_scale: wp.array[float],
    joint_f: wp.array[float],
):
    world, j = wp.tid()
    if world_active[world] == 0 or j >= world_joint_count[world]:
        return
    joint = world_joint_start[world] + j
    jtype = joint_type[joint]
    # only hinges and sliders have limits: one coordinate, one dof
    if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:
        return
    limit_ke = joint_limit_ke[joint]
    effort_limit = joint_effort_limit[joint]
    # domain randomisation: each world scales its limit stiffness
    k_limit = limit_ke * stiffness_scale[world]
    dof = joint_qd_start[joint]
    q = joint_q[joint_q_start[joint]]
    qd = joint_velocities[dof]
    tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], k_limit, joint_limit_kd[joint]) + joint_target_ke[joint] * (joint_target_pos[dof] - q) - joint_kd[joint] * qd
    tau = wp.clamp(tau, -effort_limit, effort_limit)
    # added to the efforts the other terms already wrote
    joint_f[dof] += tau
