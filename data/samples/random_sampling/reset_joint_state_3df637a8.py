import warp as wp


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
def reset_joint_state(
    num_dofs: wp.int32,
    env_reset: wp.array[wp.int32],
    joint_q_init: wp.array2d[float],
    rng_seed: wp.int32,
    noise_scale: float,
    joint_q: wp.array2d[float],
    joint_qd: wp.array2d[float],
    joint_target: wp.array2d[float],
    episode_length: wp.array[wp.int32],
):
    env, j = wp.tid()
    if j >= num_dofs or env_reset[env] == 0:
        return
    # one random stream per dof of each environment
    rng = wp.rand_init(rng_seed, env * num_dofs + j)
    q0 = joint_q_init[env, j]
    q = q0 + noise_scale * wp.randn(rng)
    joint_q[env, j] = q
    joint_qd[env, j] = 0.0
    # the drives hold the new pose until the first action arrives
    joint_target[env, j] = q
    if j == 0:
        episode_length[env] = 0


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
    world_mask: wp.array[wp.int32],
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
    joint_target_kd: wp.array[float],
    joint_effort_limit: wp.array[float],
    world_ke_scale: wp.array[float],
    joint_f: wp.array[float],
):
    world, j = wp.tid()
    if world_mask[world] == 0 or j >= world_joint_count[world]:
        return
    joint = world_joint_start[world] + j
    jtype = joint_type[joint]
    if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:
        return
    limit_ke = joint_limit_ke[joint]
    ke_cur = joint_target_ke[joint]
    kd_cur = joint_target_kd[joint]
    effort_limit = joint_effort_limit[joint]
    k_limit = limit_ke * world_ke_scale[world]
    dof = joint_qd_start[joint]
    q = joint_q[joint_q_start[joint]]
    qd = joint_velocities[dof]
    tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], k_limit, joint_limit_kd[joint]) + ke_cur * (joint_target_pos[dof] - q) - kd_cur * qd
    tau = wp.clamp(tau, -effort_limit, effort_limit)
    wp.atomic_add(joint_f, dof, tau)


@wp.kernel(enable_backward=False)
def compute_env_dones(
    env_active: wp.array[wp.int32],
    contact_term_bodies: wp.array[wp.int32],
    env_body_start: wp.array[wp.int32],
    body_q: wp.array[wp.transform],
    env_origin: wp.array[wp.vec3],
    min_height: float,
    tilt_threshold: float,
    max_distance: float,
    env_reset: wp.array[wp.int32],
    failed_bodies: wp.array[wp.int32],
):
    env, k = wp.tid()
    if env_active[env] == 0:
        return
    body = contact_term_bodies[k]
    if body < 0:
        return
    X_wb = body_q[env_body_start[env] + body]
    p = wp.transform_get_translation(X_wb)
    failed = p[2] < min_height
    up_w = wp.quat_rotate(wp.transform_get_rotation(X_wb), wp.vec3(0.0, 0.0, 1.0))
    failed = failed or up_w[2] < tilt_threshold
    d = p - env_origin[env]
    failed = failed or d[0] * d[0] + d[1] * d[1] > max_distance * max_distance
    if failed:
        env_reset[env] = 1
        wp.atomic_add(failed_bodies, env, 1)


@wp.func
def add_to_sensor(
    world: wp.int32,
    shape: wp.int32,
    f: wp.vec3,
    shape_bodies: wp.array2d(dtype=wp.int32),
    body_sensors: wp.array2d(dtype=wp.int32),
    body_poses: wp.array2d(dtype=wp.transform),
    forces: wp.array2d(dtype=wp.vec3),
    hits: wp.array2d(dtype=wp.int32),
):
    # static shapes, and bodies without a sensor, are -1 in the tables
    if shape < 0:
        return
    body = shape_bodies[world, shape]
    if body < 0:
        return
    sensor = body_sensors[world, body]
    if sensor < 0:
        return
    X_wb = body_poses[world, body]
    rot = wp.transform_get_rotation(X_wb)
    wp.atomic_add(forces, world, sensor, wp.quat_rotate_inv(rot, f))
    wp.atomic_add(hits, world, sensor, 1)


@wp.kernel(enable_backward=False)
def eval_contact_sensors(
    world_mask: wp.array[wp.int32],
    world_contact_count: wp.array[wp.int32],
    contact_shape_a: wp.array2d[wp.int32],
    contact_shape_b: wp.array2d[wp.int32],
    shape_body_index: wp.array2d[wp.int32],
    body_sensor: wp.array2d[wp.int32],
    body_q: wp.array2d[wp.transform],
    contact_normal: wp.array2d[wp.vec3],
    contact_depth: wp.array2d[float],
    contact_ke: float,
    contact_sensor_force: wp.array2d[wp.vec3],
    sensor_hits: wp.array2d[wp.int32],
):
    world, c = wp.tid()
    if world_mask[world] == 0 or c >= world_contact_count[world]:
        return
    n = contact_normal[world, c]
    d = contact_depth[world, c]
    if d <= 0.0:
        return
    f_n = contact_ke * d
    f = n * f_n
    add_to_sensor(world, contact_shape_a[world, c], f, shape_body_index, body_sensor, body_q, contact_sensor_force, sensor_hits)
    add_to_sensor(world, contact_shape_b[world, c], -f, shape_body_index, body_sensor, body_q, contact_sensor_force, sensor_hits)


@wp.kernel(enable_backward=False)
def keypoint_goal_deltas(
    keypoint_body: wp.array[wp.int32],
    env_body_start: wp.array[wp.int32],
    body_q: wp.array[wp.transform],
    keypoint_local: wp.array[wp.vec3],
    goal_pos: wp.array2d[wp.vec3],
    goal_delta: wp.array2d[wp.vec3],
    goal_distance: wp.array2d[float],
):
    env, k = wp.tid()
    body = keypoint_body[k]
    if body < 0:
        return
    goal = goal_pos[env, k]
    X_wb = body_q[env_body_start[env] + body]
    p = wp.transform_point(X_wb, keypoint_local[k])
    delta = goal - p
    goal_delta[env, k] = delta
    dist = wp.length(delta)
    goal_distance[env, k] = dist
