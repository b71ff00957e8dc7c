import warp as wp


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
    joint_ke: wp.array[float],
    joint_target_kd: wp.array[float],
    joint_effort_limit: wp.array[float],
    joint_act: wp.array[float],
):
    """Joint efforts from position or velocity targets; one thread per dof slot of each world, slots past the world's count idle."""
    world, j = wp.tid()
    if j >= world_dof_count[world]:
        return
    dof_start = world_dof_start[world]
    mode = joint_dof_mode[dof_start + j]
    if mode == JointMode.NONE:
        return
    q_j = joint_q[dof_start + j]
    q_target = joint_target[dof_start + j]
    ke_i = joint_ke[dof_start + j]
    kd_cur = joint_target_kd[dof_start + j]
    effort_limit = joint_effort_limit[dof_start + j]
    tau = pd_effort(mode, q_j, joint_velocities[dof_start + j], q_target, ke_i, kd_cur)
    tau = wp.clamp(tau, -effort_limit, effort_limit)
    # added to the efforts other terms already wrote
    joint_act[dof_start + j] += tau


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
    joint_act: wp.array[float],
    joints_at_limit: wp.array[wp.int32],
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
    dof = joint_qd_start[joint]
    q = joint_q[joint_q_start[joint]]
    qd = joint_velocities[dof]
    lower = joint_limit_lower[dof]
    upper = joint_limit_upper[dof]
    tau = limit_effort(q, qd, lower, upper, limit_ke, limit_kd)
    if q < lower or q > upper:
        wp.atomic_add(joints_at_limit, world, 1)
    wp.atomic_add(joint_act, dof, tau)


@wp.func
def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:
    # Lambertian return, fading towards the end of the range
    cos_incidence = wp.abs(wp.dot(normal, beam_dir))
    return cos_incidence * (1.0 - t / max_range)


@wp.kernel(enable_backward=False)
def raycast_lidar(
    points: wp.array2d[scan_point],
    mesh: wp.uint64,
    poses: wp.array[wp.transform],
    sensor_body: wp.array[wp.int32],
    ray_dirs_local: wp.array[wp.vec3],
    pattern_start: wp.array[wp.int32],
    env_active: wp.array[wp.int32],
    mount_xform: wp.transform,
    lidar_max_range: float,
    ranges: wp.array2d[float],
    point_count: wp.array[wp.int32],
):
    env, beam = wp.tid()
    if env_active[env] == 0:
        return
    body = sensor_body[env]
    X_ws = wp.transform_multiply(poses[body], mount_xform)
    origin = wp.transform_get_translation(X_ws)
    dir_local = ray_dirs_local[pattern_start[env] + beam]
    dir_world = wp.transform_vector(X_ws, dir_local)
    query = wp.mesh_query_ray(mesh, origin, dir_world, lidar_max_range)
    if not query.result or query.t < MIN_RANGE:
        ranges[env, beam] = lidar_max_range
        return
    t = query.t
    ranges[env, beam] = t
    p = origin + dir_world * t
    strength = return_intensity(query.normal, dir_world, t, lidar_max_range)
    slot = wp.atomic_add(point_count, env, 1)
    if slot < points.shape[1]:
        points[env, slot] = scan_point(p[0], p[1], p[2], strength)


@wp.kernel(enable_backward=False)
def reset_joint_state(
    num_dofs: wp.int32,
    env_reset: wp.array[wp.int32],
    joint_q_default: wp.array2d[float],
    joint_limit_lower: wp.array2d[float],
    joint_limit_upper: wp.array2d[float],
    rng_seed: wp.int32,
    reset_noise: float,
    joint_q: wp.array2d[float],
    joint_qd: wp.array2d[float],
    joint_target_pos: wp.array2d[float],
    last_actions: wp.array2d[float],
    episode_length: wp.array[wp.int32],
):
    env, j = wp.tid()
    if j >= num_dofs or env_reset[env] == 0:
        return
    # one random stream per dof of each environment
    rng = wp.rand_init(rng_seed, env * num_dofs + j)
    q0 = joint_q_default[env, j]
    lower = joint_limit_lower[env, j]
    upper = joint_limit_upper[env, j]
    q = q0 + reset_noise * wp.randf(rng, -1.0, 1.0)
    q = wp.clamp(q, lower, upper)
    joint_q[env, j] = q
    joint_qd[env, j] = 0.0
    # the drives hold the new pose until the first action arrives
    joint_target_pos[env, j] = q
    # no previous action in a new episode
    last_actions[env, j] = 0.0
    if j == 0:
        episode_length[env] = 0
