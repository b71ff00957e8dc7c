import warp as wp


RANGE_NOISE = wp.constant(0.01)
MIN_RANGE = wp.constant(0.05)
OBS_DIM = 12
scan_point = wp.types.vector(length=4, dtype=wp.float32)
obs_vec = wp.types.vector(length=OBS_DIM, dtype=wp.float32)


class ObsFrame:
    WORLD = wp.constant(0)
    BASE = wp.constant(1)
    HEADING = wp.constant(2)


class JointMode:
    NONE = wp.constant(0)
    TARGET_POSITION = wp.constant(1)
    TARGET_VELOCITY = wp.constant(2)


@wp.func
def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float) -> float:
    # inverse-square falloff, grazing returns weaker
    cos_incidence = wp.abs(wp.dot(normal, beam_dir))
    return cos_incidence / wp.max(t * t, 1.0)


@wp.kernel(enable_backward=False)
def lidar_scan(
    points: wp.array2d[scan_point],
    collider_mesh: wp.uint64,
    sensor_xform: wp.array[wp.transform],
    beam_dirs: wp.array[wp.vec3],
    scan_pattern_start: wp.array[int],
    range_max: float,
    seed: int,
    lidar_ranges: wp.array2d[float],
    num_points: wp.array[int],
    nearest_obstacle: wp.array[float],
):
    env, beam = wp.tid()
    X_ws = sensor_xform[env]
    origin = wp.transform_get_translation(X_ws)
    dir_local = beam_dirs[scan_pattern_start[env] + beam]
    dir_world = wp.transform_vector(X_ws, dir_local)
    query = wp.mesh_query_ray(collider_mesh, origin, dir_world, range_max)
    if not query.result or query.t < MIN_RANGE:
        lidar_ranges[env, beam] = 0.0
        return
    num_beams = lidar_ranges.shape[1]
    state = wp.rand_init(seed, env * num_beams + beam)
    t = wp.clamp(query.t + RANGE_NOISE * wp.randn(state), MIN_RANGE, range_max)
    lidar_ranges[env, beam] = t
    wp.atomic_min(nearest_obstacle, env, t)
    p = dir_local * t
    strength = return_intensity(query.normal, dir_world, t)
    slot = wp.atomic_add(num_points, env, 1)
    if slot < points.shape[1]:
        points[env, slot] = scan_point(p[0], p[1], p[2], strength)


@wp.func
def yaw_only(q: wp.quat) -> wp.quat:
    # the base's heading about +z, without its roll and pitch
    fwd = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))
    return wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.atan2(fwd[1], fwd[0]))


def create_write_ee_goal_obs_kernel(frame: int, clip: float):
    @wp.kernel(enable_backward=False)
    def write_ee_goal_obs(
        env_active: wp.array[int],
        articulation_root: wp.array[int],
        hand_body: wp.array[int],
        transforms: wp.array[wp.transform],
        twists: wp.array[wp.spatial_vector],
        goal_pos: wp.array[wp.vec3],
        goal_rot: wp.array[wp.quat],
        obs_history: wp.array2d[obs_vec],
    ):
        env = wp.tid()
        if env_active[env] == 0:
            # environments being reset keep last step's observation
            return
        ee = hand_body[env]
        X_we = transforms[ee]
        p_ee = wp.transform_get_translation(X_we)

        # the observation frame: the world, the robot base, or the base's heading
        if wp.static(frame == ObsFrame.WORLD):
            X_ref = wp.transform_identity()
        else:
            X_wb = transforms[articulation_root[env]]
            if wp.static(frame == ObsFrame.HEADING):
                X_ref = wp.transform(wp.transform_get_translation(X_wb), yaw_only(wp.transform_get_rotation(X_wb)))
            else:
                X_ref = X_wb
        X_inv = wp.transform_inverse(X_ref)
        ee_local = wp.transform_point(X_inv, p_ee)
        to_goal = wp.transform_vector(X_inv, goal_pos[env] - p_ee)
        v_ee = wp.transform_vector(X_inv, wp.spatial_bottom(twists[ee]))
        q_ee = wp.quat_inverse(wp.transform_get_rotation(X_ref)) * wp.transform_get_rotation(X_we)
        # rotation still to go, as a small-angle vector in the observation frame
        dq = wp.quat_inverse(q_ee) * (wp.quat_inverse(wp.transform_get_rotation(X_ref)) * goal_rot[env])
        rot_err = wp.vec3(dq[0], dq[1], dq[2]) * (2.0 * wp.sign(dq[3]))
        o = obs_vec(
            ee_local[0], ee_local[1], ee_local[2],
            to_goal[0], to_goal[1], to_goal[2],
            v_ee[0], v_ee[1], v_ee[2],
            rot_err[0], rot_err[1], rot_err[2],
        )
        if wp.static(clip > 0.0):
            o = wp.min(wp.max(o, obs_vec(-clip)), obs_vec(clip))
        # frame stacking: shift the older observations back one slot
        for h in range(obs_history.shape[1] - 1, 0, -1):
            obs_history[env, h] = obs_history[env, h - 1]
        obs_history[env, 0] = o
    return write_ee_goal_obs


write_ee_goal_obs_base = create_write_ee_goal_obs_kernel(ObsFrame.BASE, 0.0)


@wp.kernel(enable_backward=False)
def goal_keypoint_observations(
    keypoint_body: wp.array[int],
    body_q: wp.array2d[wp.transform],
    body_qd: wp.array2d[wp.spatial_vector],
    keypoint_offset: wp.array[wp.vec3],
    target_keypoints: wp.array2d[wp.vec3],
    env_offsets: wp.array[wp.vec3],
    goal_tolerance: float,
    goal_delta: wp.array2d[wp.vec3],
    goal_hits: wp.array[int],
    keypoint_vel: wp.array2d[wp.vec3],
):
    """Goal observations of every environment's tracked keypoints: each keypoint's body is named by an index list (-1 slots unused), its offset from the goal written per environment and keypoint."""
    env, k = wp.tid()
    body = keypoint_body[k]
    if body < 0:
        return
    goal = target_keypoints[env, k]
    X_wb = body_q[env, body]
    p = wp.transform_point(X_wb, keypoint_offset[k])
    delta = goal + env_offsets[env] - p
    twist = body_qd[env, body]
    v_kp = wp.spatial_bottom(twist) + wp.cross(wp.spatial_top(twist), p)
    goal_delta[env, k] = delta
    keypoint_vel[env, k] = v_kp
    dist = wp.length(delta)
    if dist < goal_tolerance:
        wp.atomic_add(goal_hits, env, 1)


@wp.kernel(enable_backward=False)
def eval_termination_conditions(
    env_active: wp.array[int],
    termination_bodies: wp.array[int],
    body_q: wp.array2d[wp.transform],
    termination_height: float,
    tilt_threshold: float,
    reset_buf: wp.array[int],
    failed_bodies: wp.array[int],
):
    """Termination checks of a batch of environments: each thread reads one watched body's pose through the body index list and raises its environment's reset flag."""
    env, k = wp.tid()
    if env_active[env] == 0:
        return
    body = termination_bodies[k]
    if body < 0:
        return
    X_wb = body_q[env, body]
    p = wp.transform_get_translation(X_wb)
    failed = p[2] < termination_height
    up_w = wp.quat_rotate(wp.transform_get_rotation(X_wb), wp.vec3(0.0, 0.0, 1.0))
    failed = failed or up_w[2] < tilt_threshold
    if failed:
        reset_buf[env] = 1
        wp.atomic_add(failed_bodies, env, 1)


@wp.func
def tracking_reward(error: float, sigma: float) -> float:
    # 1 on target, falling off as a Gaussian of the error
    return wp.exp(-error * error / sigma)


@wp.kernel(enable_backward=False)
def reward_and_termination(
    joint_q: wp.array2d[float],
    joint_target: wp.array2d[float],
    joint_velocities: wp.array2d[float],
    action_buffer: wp.array2d[float],
    prev_actions: wp.array2d[float],
    joint_limit_lower: wp.array2d[float],
    joint_limit_upper: wp.array2d[float],
    tracking_weight: float,
    w_dof_vel: float,
    action_rate_weight: float,
    delta_time: float,
    rewards: wp.array[float],
    terminated: wp.array[int],
):
    env = wp.tid()
    reward = float(0.0)
    out_of_limits = int(0)
    for j in range(joint_q.shape[1]):
        q_j = joint_q[env, j]
        reward += tracking_weight * tracking_reward(q_j - joint_target[env, j], 0.25)
        qd_j = joint_velocities[env, j]
        reward -= w_dof_vel * qd_j * qd_j
        da = action_buffer[env, j] - prev_actions[env, j]
        reward -= action_rate_weight * da * da
        if q_j < joint_limit_lower[env, j] or q_j > joint_limit_upper[env, j]:
            out_of_limits = 1
    rewards[env] = reward * delta_time
    terminated[env] = out_of_limits


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
    world_dof_start: wp.array[int],
    world_dof_count: wp.array[int],
    joint_dof_mode: wp.array[int],
    joint_q: wp.array[float],
    joint_qd: wp.array[float],
    joint_target_pos: wp.array[float],
    joint_target_ke: wp.array[float],
    joint_target_kd: wp.array[float],
    joint_effort_limit: wp.array[float],
    joint_f: wp.array[float],
):
    """Joint efforts from position or velocity targets; one thread per dof slot of each world, slots past the world's count idle."""
    world, j = wp.tid()
    if j >= world_dof_count[world]:
        return
    dof_start = world_dof_start[world]
    mode = joint_dof_mode[dof_start + j]
    if mode == JointMode.NONE:
        return
    q_target = joint_target_pos[dof_start + j]
    ke_i = joint_target_ke[dof_start + j]
    kd_cur = joint_target_kd[dof_start + j]
    f_max = joint_effort_limit[dof_start + j]
    tau = pd_effort(mode, joint_q[dof_start + j], joint_qd[dof_start + j], q_target, ke_i, kd_cur)
    tau = wp.clamp(tau, -f_max, f_max)
    # added to the efforts other terms already wrote
    joint_f[dof_start + j] += tau
