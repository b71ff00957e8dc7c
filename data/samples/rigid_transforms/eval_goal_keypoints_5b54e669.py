import warp as wp


RANGE_NOISE = wp.constant(0.01)
MIN_RANGE = wp.constant(0.05)
scan_point = wp.types.vector(length=4, dtype=wp.float32)


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


@wp.kernel(enable_backward=False)
def eval_goal_keypoints(
    env_active: wp.array[int],
    keypoint_body: wp.array[int],
    body_q: wp.array2d[wp.transform],
    keypoint_local: wp.array[wp.vec3],
    goal_pos: wp.array2d[wp.vec3],
    success_radius: float,
    goal_delta: wp.array2d[wp.vec3],
    goal_distance: wp.array2d[float],
    keypoints_reached: wp.array[int],
):
    """Goal observations of every environment's tracked keypoints: each keypoint's body is named by an index list (-1 slots unused), its offset from the goal written per environment and keypoint."""
    env, k = wp.tid()
    if env_active[env] == 0:
        return
    body = keypoint_body[k]
    if body < 0:
        return
    goal = goal_pos[env, k]
    X_wb = body_q[env, body]
    p = wp.transform_point(X_wb, keypoint_local[k])
    delta = goal - p
    # seen from the environment's root body, so the policy is invariant to where it stands
    root_rot = wp.transform_get_rotation(body_q[env, 0])
    goal_delta[env, k] = wp.quat_rotate_inv(root_rot, delta)
    dist = wp.length(delta)
    goal_distance[env, k] = dist
    if dist < success_radius:
        wp.atomic_add(keypoints_reached, env, 1)


@wp.kernel(enable_backward=False)
def update_reset_buffer(
    contact_term_bodies: wp.array[int],
    world_body_start: wp.array[int],
    body_q: wp.array[wp.transform],
    env_offsets: wp.array[wp.vec3],
    min_height: float,
    max_distance: float,
    env_reset: wp.array[int],
):
    env, k = wp.tid()
    body = contact_term_bodies[k]
    if body < 0:
        return
    X_wb = body_q[world_body_start[env] + body]
    p = wp.transform_get_translation(X_wb)
    failed = p[1] < min_height
    d = p - env_offsets[env]
    failed = failed or d[0] * d[0] + d[2] * d[2] > max_distance * max_distance
    if failed:
        # every thread that fails writes the same flag; the reset kernel clears it
        env_reset[env] = 1


@wp.func
def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:
    # Lambertian return, fading towards the end of the range
    cos_incidence = wp.abs(wp.dot(normal, beam_dir))
    return cos_incidence * (1.0 - t / max_range)


@wp.kernel(enable_backward=False)
def raycast_lidar(
    points: wp.array2d[scan_point],
    mesh: wp.uint64,
    sensor_xform: wp.array[wp.transform],
    ray_dirs_local: wp.array[wp.vec3],
    beam_offset: wp.array[int],
    env_active: wp.array[int],
    face_material: wp.array[int],
    range_max: float,
    seed: int,
    ranges: wp.array2d[float],
    num_points: wp.array[int],
    face_id_image: wp.array2d[int],
):
    env, beam = wp.tid()
    if env_active[env] == 0:
        return
    X_ws = sensor_xform[env]
    origin = wp.transform_get_translation(X_ws)
    dir_local = ray_dirs_local[beam_offset[env] + beam]
    dir_world = wp.transform_vector(X_ws, dir_local)
    query = wp.mesh_query_ray(mesh, origin, dir_world, range_max)
    if not query.result or query.t < MIN_RANGE:
        ranges[env, beam] = 0.0
        face_id_image[env, beam] = -1
        return
    num_beams = ranges.shape[1]
    state = wp.rand_init(seed, env * num_beams + beam)
    t = wp.clamp(query.t + RANGE_NOISE * wp.randn(state), MIN_RANGE, range_max)
    ranges[env, beam] = t
    face_id_image[env, beam] = face_material[query.face]
    p = dir_local * t
    strength = return_intensity(query.normal, dir_world, t, range_max)
    slot = wp.atomic_add(num_points, env, 1)
    if slot < points.shape[1]:
        points[env, slot] = scan_point(p[0], p[1], p[2], strength)


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
    world_dof_start: wp.array[int],
    world_dof_count: wp.array[int],
    joint_dof_mode: wp.array[int],
    joint_q: wp.array[float],
    joint_velocities: wp.array[float],
    joint_target_pos: wp.array[float],
    joint_target_ke: wp.array[float],
    joint_target_kd: wp.array[float],
    joint_effort_limit: wp.array[float],
    joint_act: wp.array[float],
):
    world, j = wp.tid()
    if j >= world_dof_count[world]:
        return
    dof_start = world_dof_start[world]
    mode = joint_dof_mode[dof_start + j]
    if mode == JointMode.NONE:
        return
    qd_j = joint_velocities[dof_start + j]
    ke_local = joint_target_ke[dof_start + j]
    kd_i = joint_target_kd[dof_start + j]
    f_max = joint_effort_limit[dof_start + j]
    tau = pd_effort(mode, joint_q[dof_start + j], qd_j, joint_target_pos[dof_start + j], ke_local, kd_i)
    tau = wp.clamp(tau, -f_max, f_max)
    # added to the efforts other terms already wrote
    joint_act[dof_start + j] += tau


@wp.func
def tracking_reward(error: float, sigma: float) -> float:
    # 1 on target, falling off as a Gaussian of the error
    return wp.exp(-error * error / sigma)


@wp.kernel(enable_backward=False)
def reward_and_termination(
    joint_q: wp.array2d[float],
    joint_target: wp.array2d[float],
    applied_joint_f: wp.array2d[float],
    joint_limit_lower: wp.array2d[float],
    joint_limit_upper: wp.array2d[float],
    tracking_weight: float,
    torque_weight: float,
    env_reward: wp.array[float],
    env_terminated: wp.array[int],
):
    """Reward terms of each environment, summed over its dofs in one pass."""
    env = wp.tid()
    tracking = float(0.0)
    effort_sq = float(0.0)
    out_of_limits = int(0)
    for j in range(joint_q.shape[1]):
        q_j = joint_q[env, j]
        tracking += tracking_reward(q_j - joint_target[env, j], 0.25)
        tau_j = applied_joint_f[env, j]
        effort_sq += tau_j * tau_j
        if q_j < joint_limit_lower[env, j] or q_j > joint_limit_upper[env, j]:
            out_of_limits = 1
    reward = tracking_weight * tracking
    reward -= torque_weight * effort_sq
    env_reward[env] += reward
    env_terminated[env] = out_of_limits


@wp.func
def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:
    # a damped spring that only acts past either limit
    if q < lower:
        return ke * (lower - q) - kd * qd
    if q > upper:
        return ke * (upper - q) - kd * qd
    return 0.0


@wp.kernel
def world_joint_limit_efforts(
    world_joint_start: wp.array[int],
    world_joint_count: wp.array[int],
    joint_type: wp.array[int],
    joint_q_start: wp.array[int],
    joint_qd_start: wp.array[int],
    joint_q: wp.array[float],
    joint_velocities: wp.array[float],
    joint_limit_lower: wp.array[float],
    joint_limit_upper: wp.array[float],
    joint_limit_ke: wp.array[float],
    joint_limit_kd: wp.array[float],
    joint_effort_limit: wp.array[float],
    joint_act: wp.array[float],
):
    world, j = wp.tid()
    if j >= world_joint_count[world]:
        return
    joint = world_joint_start[world] + j
    jtype = joint_type[joint]
    if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:
        return
    limit_ke = joint_limit_ke[joint]
    limit_kd = joint_limit_kd[joint]
    f_max = joint_effort_limit[joint]
    dof = joint_qd_start[joint]
    q = joint_q[joint_q_start[joint]]
    qd = joint_velocities[dof]
    tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], limit_ke, limit_kd)
    tau = wp.clamp(tau, -f_max, f_max)
    wp.atomic_add(joint_act, dof, tau)
