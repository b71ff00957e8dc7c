import warp as wp


STATE_IDLE = wp.constant(0)
STATE_SEEK = wp.constant(1)
STATE_COOLDOWN = wp.constant(2)
COOLDOWN_TIME = wp.constant(0.5)


class SolverStatus:
    RUNNING = wp.constant(0)
    CONVERGED = wp.constant(1)
    MAX_ITERATIONS = wp.constant(2)
    BREAKDOWN = wp.constant(3)


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


class JointMode:
    NONE = wp.constant(0)
    TARGET_POSITION = wp.constant(1)
    TARGET_VELOCITY = wp.constant(2)


@wp.kernel(enable_backward=False)
def update_cg_coefficients(
    b_norm_sq: wp.array[float],
    tolerance: float,
    step_coeffs: wp.array[float],
    rz: wp.array[float],
    p_dot_ap: wp.array[float],
    residual_norm_sq: wp.array[float],
    iteration: wp.array[wp.int32],
    solver_status: wp.array[wp.int32],
):
    if solver_status[0] != SolverStatus.RUNNING:
        return
    it = iteration[0]
    rz_old = rz[0]
    pap = p_dot_ap[0]
    if wp.abs(pap) < 1.0e-20:
        solver_status[0] = SolverStatus.BREAKDOWN
        return
    step_coeffs[0] = rz_old / pap
    p_dot_ap[0] = 0.0
    res_sq = residual_norm_sq[0]
    residual_norm_sq[0] = 0.0
    if res_sq <= tolerance * tolerance * b_norm_sq[0]:
        solver_status[0] = SolverStatus.CONVERGED
    iteration[0] = it + 1


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
    env_mask: wp.array[wp.int32],
    world_joint_start: wp.array[wp.int32],
    world_joint_count: wp.array[wp.int32],
    joint_type: wp.array[wp.int32],
    joint_q_start: wp.array[wp.int32],
    joint_qd_start: wp.array[wp.int32],
    joint_q: wp.array[float],
    joint_qd: wp.array[float],
    joint_limit_lower: wp.array[float],
    joint_limit_upper: wp.array[float],
    joint_limit_ke: wp.array[float],
    joint_limit_kd: wp.array[float],
    joint_target_pos: wp.array[float],
    joint_target_ke: wp.array[float],
    joint_kd: wp.array[float],
    joint_effort_limit: wp.array[float],
    joint_f: wp.array[float],
):
    """One thread per joint slot of each world: PD drive toward the targets plus a penalty past the limits; slots past the world's joint count idle."""
    world, j = wp.tid()
    if env_mask[world] == 0 or j >= world_joint_count[world]:
        return
    joint = world_joint_start[world] + j
    jtype = joint_type[joint]
    if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:
        return
    limit_ke = joint_limit_ke[joint]
    limit_kd = joint_limit_kd[joint]
    kp = joint_target_ke[joint]
    kd_i = joint_kd[joint]
    f_max = joint_effort_limit[joint]
    dof = joint_qd_start[joint]
    q = joint_q[joint_q_start[joint]]
    qd = joint_qd[dof]
    tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], limit_ke, limit_kd) + kp * (joint_target_pos[dof] - q) - kd_i * qd
    tau = wp.clamp(tau, -f_max, f_max)
    joint_f[dof] += tau


@wp.func
def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:
    if mode == JointMode.TARGET_POSITION:
        return ke * (target - q) - kd * qd
    if mode == JointMode.TARGET_VELOCITY:
        # the damping gain drives the joint rate toward the target
        return kd * (target - qd)
    return 0.0


@wp.kernel
def joint_drive_forces(
    world_dof_start: wp.array[wp.int32],
    world_dof_count: wp.array[wp.int32],
    joint_dof_mode: wp.array[wp.int32],
    joint_q: wp.array[float],
    joint_qd: wp.array[float],
    joint_target_pos: wp.array[float],
    joint_target_ke: wp.array[float],
    joint_kd: wp.array[float],
    joint_effort_limit: wp.array[float],
    joint_f: wp.array[float],
):
    world, j = wp.tid()
    if j >= world_dof_count[world]:
        return
    dof_start = world_dof_start[world]
    mode = joint_dof_mode[dof_start + j]
    if mode == JointMode.NONE:
        return
    q_j = joint_q[dof_start + j]
    qd_j = joint_qd[dof_start + j]
    kp = joint_target_ke[dof_start + j]
    kd_cur = joint_kd[dof_start + j]
    effort_limit = joint_effort_limit[dof_start + j]
    tau = pd_effort(mode, q_j, qd_j, joint_target_pos[dof_start + j], kp, kd_cur)
    tau = wp.clamp(tau, -effort_limit, effort_limit)
    joint_f[dof_start + j] = tau


@wp.kernel(enable_backward=False)
def check_termination(
    env_mask: wp.array[wp.int32],
    termination_bodies: wp.array[wp.int32],
    world_body_start: wp.array[wp.int32],
    body_q: wp.array[wp.transform],
    env_origin: wp.array[wp.vec3],
    min_height: float,
    tilt_threshold: float,
    arena_radius: float,
    max_episode_length: wp.int32,
    reset_buf: wp.array[wp.int32],
    progress_buf: wp.array[wp.int32],
    time_outs: wp.array[wp.int32],
    num_fallen: wp.array[wp.int32],
):
    env, k = wp.tid()
    if env_mask[env] == 0:
        return
    if k == 0:
        step = progress_buf[env] + 1
        progress_buf[env] = step
        if step >= max_episode_length:
            time_outs[env] = 1
            reset_buf[env] = 1
    body = termination_bodies[k]
    if body < 0:
        return
    X_wb = body_q[world_body_start[env] + body]
    p = wp.transform_get_translation(X_wb)
    failed = p[2] < min_height
    up_w = wp.quat_rotate(wp.transform_get_rotation(X_wb), wp.vec3(0.0, 0.0, 1.0))
    failed = failed or up_w[2] < tilt_threshold
    d = p - env_origin[env]
    failed = failed or d[0] * d[0] + d[1] * d[1] > arena_radius * arena_radius
    if failed:
        reset_buf[env] = 1
        wp.atomic_add(num_fallen, env, 1)


@wp.kernel
def agent_fsm(
    agent_state: wp.array[wp.int32],
    timers: wp.array[float],
    points: wp.array[wp.vec2],
    radii: wp.array[float],
    center: wp.vec2,
    time_step: float,
    next_state: wp.array[wp.int32],
    cooldown_out: wp.array[float],
):
    tid = wp.tid()
    state = agent_state[tid]
    x = points[tid]
    radius = radii[tid]
    distance = wp.length(x - center) - radius
    new_state = state
    t = timers[tid] - time_step
    if state == STATE_IDLE:
        if distance < 2.0 * radius:
            new_state = STATE_SEEK
    elif state == STATE_SEEK:
        if distance <= radius:
            new_state = STATE_COOLDOWN
            t = COOLDOWN_TIME
    elif state == STATE_COOLDOWN:
        if t <= 0.0:
            new_state = STATE_IDLE
    else:
        # unknown states are reset
        new_state = STATE_IDLE
    next_state[tid] = new_state
    cooldown_out[tid] = wp.max(t, 0.0)
