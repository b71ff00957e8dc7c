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


class DofMode:
    FORCE = wp.constant(0)
    TARGET_POSITION = wp.constant(1)
    TARGET_VELOCITY = wp.constant(2)


class SolverStatus:
    RUNNING = wp.constant(0)
    CONVERGED = wp.constant(1)
    MAX_ITERATIONS = wp.constant(2)
    BREAKDOWN = wp.constant(3)


@wp.kernel(enable_backward=False)
def eval_termination_conditions(
    termination_bodies: wp.array(dtype=wp.int32),
    body_q: wp.array2d(dtype=wp.transform),
    env_origin: wp.array(dtype=wp.vec3),
    min_height: float,
    max_distance: float,
    reset_buf: wp.array(dtype=wp.int32),
    failed_bodies: wp.array(dtype=wp.int32),
):
    env, k = wp.tid()
    body = termination_bodies[k]
    if body < 0:
        return
    X_wb = body_q[env, body]
    p = wp.transform_get_translation(X_wb)
    failed = p[2] < min_height
    d = p - env_origin[env]
    failed = failed or d[0] * d[0] + d[1] * d[1] > max_distance * max_distance
    if failed:
        # every thread that fails writes the same flag; the reset kernel clears it
        reset_buf[env] = 1
        wp.atomic_add(failed_bodies, env, 1)


@wp.func
def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:
    if mode == JointMode.TARGET_POSITION:
        return ke * (target - q) - kd * qd
    if mode == JointMode.TARGET_VELOCITY:
        # the damping gain drives the joint rate toward the target
        return kd * (target - qd)
    return 0.0


@wp.kernel
def apply_joint_pd_control(
    world_dof_start: wp.array(dtype=wp.int32),
    world_dof_count: wp.array(dtype=wp.int32),
    joint_dof_mode: wp.array(dtype=wp.int32),
    joint_q: wp.array(dtype=float),
    joint_velocities: wp.array(dtype=float),
    joint_target_pos: wp.array(dtype=float),
    joint_kp: wp.array(dtype=float),
    joint_target_kd: wp.array(dtype=float),
    joint_act: wp.array(dtype=float),
    joint_f: wp.array(dtype=float),
):
    world, j = wp.tid()
    if j >= world_dof_count[world]:
        return
    dof_start = world_dof_start[world]
    mode = joint_dof_mode[dof_start + j]
    if mode == JointMode.NONE:
        return
    joint_rate = joint_velocities[dof_start + j]
    q_target = joint_target_pos[dof_start + j]
    kd_cur = joint_target_kd[dof_start + j]
    effort = joint_act[dof_start + j]
    tau = pd_effort(mode, joint_q[dof_start + j], joint_rate, q_target, joint_kp[dof_start + j], kd_cur)
    tau += effort
    joint_f[dof_start + j] = tau


@wp.func
def limit_force(q: float, lower: float, upper: float, limit_ke: float) -> float:
    # a stiff spring back inside the limits, nothing within them
    return limit_ke * (wp.max(lower - q, 0.0) - wp.min(upper - q, 0.0))


@wp.kernel
def joint_drive_limit_forces(
    joint_type: wp.array(dtype=wp.int32),
    joint_articulation: wp.array(dtype=wp.int32),
    articulation_enabled: wp.array(dtype=wp.int32),
    joint_q_start: wp.array(dtype=wp.int32),
    joint_qd_start: wp.array(dtype=wp.int32),
    joint_q: wp.array(dtype=float),
    joint_velocities: wp.array(dtype=float),
    dof_mode: wp.array(dtype=wp.int32),
    joint_act: wp.array(dtype=float),
    joint_q_default: wp.array(dtype=float),
    joint_action: wp.array(dtype=float),
    joint_kp: wp.array(dtype=float),
    joint_target_kd: wp.array(dtype=float),
    joint_limit_lower: wp.array(dtype=float),
    joint_limit_upper: wp.array(dtype=float),
    joint_limit_ke: wp.array(dtype=float),
    joint_effort_limit: wp.array(dtype=float),
    joint_count: wp.int32,
    action_scale: float,
    dof_friction: float,
    joint_tau: wp.array(dtype=float),
    joint_drive_power: wp.array(dtype=float),
):
    tid = wp.tid()
    if tid >= joint_count:
        return
    type = joint_type[tid]
    # fixed joints have no degrees of freedom; free joints are never actuated
    if type == JointType.FIXED or type == JointType.FREE:
        return
    if articulation_enabled[joint_articulation[tid]] == 0:
        return
    qd_start = joint_qd_start[tid]
    q_start = joint_q_start[tid]
    dof_count = joint_qd_start[tid + 1] - qd_start
    power = float(0.0)
    for k in range(dof_count):
        dof = qd_start + k
        qd_j = joint_velocities[dof]
        if type == JointType.BALL:
            # a ball joint's coordinates are a quaternion: only its rates are damped here
            tau = -joint_target_kd[dof] * qd_j
        else:
            q_j = joint_q[q_start + k]
            # the policy's action offsets the default pose
            q_target = joint_q_default[dof] + action_scale * joint_action[dof]
            mode = dof_mode[dof]
            ke_j = joint_kp[dof]
            tau = float(0.0)
            if mode == DofMode.FORCE:
                tau = joint_act[dof]
            elif mode == DofMode.TARGET_POSITION:
                tau = ke_j * (q_target - q_j) - joint_target_kd[dof] * qd_j
            elif mode == DofMode.TARGET_VELOCITY:
                # the stiffness gain drives the rate towards the target rate
                tau = ke_j * (q_target - qd_j)
            tau += limit_force(q_j, joint_limit_lower[dof], joint_limit_upper[dof], joint_limit_ke[dof])
        # Coulomb friction, smoothed through zero velocity so it does not chatter
        tau -= dof_friction * wp.tanh(qd_j / 0.01)
        limit = joint_effort_limit[dof]
        tau = wp.clamp(tau, -limit, limit)
        joint_tau[dof] = tau
        power += tau * qd_j
    # mechanical power the drives put in, for the energy penalty of the reward
    joint_drive_power[tid] = power


@wp.kernel(enable_backward=False)
def cg_iteration_bookkeeping(
    b_norm_sq: wp.array(dtype=float),
    tol: float,
    max_iterations: wp.int32,
    restart_interval: wp.int32,
    cg_scalars: wp.array(dtype=float),
    rz: wp.array(dtype=float),
    rz_new: wp.array(dtype=float),
    p_dot_ap: wp.array(dtype=float),
    r_norm_sq: wp.array(dtype=float),
    cg_iteration: wp.array(dtype=wp.int32),
    status: wp.array(dtype=wp.int32),
):
    if status[0] != SolverStatus.RUNNING:
        return
    it = cg_iteration[0]
    rz_old = rz[0]
    pap = p_dot_ap[0]
    # p^T A p vanishes: the search direction is lost
    if wp.abs(pap) < 1.0e-20:
        status[0] = SolverStatus.BREAKDOWN
        return
    cg_scalars[0] = rz_old / pap
    p_dot_ap[0] = 0.0
    rz_next = rz_new[0]
    if rz_old == 0.0:
        status[0] = SolverStatus.BREAKDOWN
        return
    beta = rz_next / rz_old
    # restarted CG: the search direction starts over from the residual
    if (it + 1) % restart_interval == 0:
        beta = 0.0
    cg_scalars[1] = beta
    rz[0] = rz_next
    rz_new[0] = 0.0
    res_sq = r_norm_sq[0]
    r_norm_sq[0] = 0.0
    if res_sq <= tol * tol * b_norm_sq[0]:
        status[0] = SolverStatus.CONVERGED
    elif it + 1 >= max_iterations:
        status[0] = SolverStatus.MAX_ITERATIONS
    cg_iteration[0] = it + 1
