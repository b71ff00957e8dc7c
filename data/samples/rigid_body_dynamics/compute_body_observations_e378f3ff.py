import warp as wp


MIN_RANGE = wp.constant(0.05)
obs_vec = wp.types.vector(length=10, dtype=wp.float32)
scan_point = wp.types.vector(length=4, dtype=wp.float32)


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
def compute_body_observations(
    env_body_start: wp.array[wp.int32],
    env_body_count: wp.array[wp.int32],
    obs: wp.array2d[obs_vec],
    body_q: wp.array[wp.transform],
    body_vel: wp.array[wp.spatial_vector],
):
    """Policy observations of every body of every environment; bodies of all environments are stored back to back."""
    env, b = wp.tid()
    if b >= env_body_count[env]:
        return
    body = env_body_start[env] + b
    pose = body_q[body]
    twist = body_vel[body]
    rot = wp.transform_get_rotation(pose)
    up = wp.vec3(0.0, 1.0, 0.0)
    w_local = wp.quat_rotate_inv(rot, wp.spatial_top(twist))
    v_local = wp.quat_rotate_inv(rot, wp.spatial_bottom(twist))
    g_local = wp.quat_rotate_inv(rot, -up)
    obs[env, b] = obs_vec(
        v_local[0], v_local[1], v_local[2],
        w_local[0], w_local[1], w_local[2],
        g_local[0], g_local[1], g_local[2],
        wp.transform_get_translation(pose)[1],
    )


@wp.func
def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:
    # Lambertian return, fading towards the end of the range
    cos_incidence = wp.abs(wp.dot(normal, beam_dir))
    return cos_incidence * (1.0 - t / max_range)


@wp.kernel(enable_backward=False)
def raycast_lidar(
    points: wp.array2d[scan_point],
    mesh: wp.uint64,
    lidar_poses: wp.array[wp.transform],
    ray_dirs_local: wp.array[wp.vec3],
    beam_offset: wp.array[wp.int32],
    lidar_max_range: float,
    ranges: wp.array2d[float],
    num_points: wp.array[wp.int32],
):
    """Range image and point cloud of one scan per environment; beams are given in the sensor frame."""
    env, beam = wp.tid()
    X_ws = lidar_poses[env]
    origin = wp.transform_get_translation(X_ws)
    # each environment's sensor model has its own beam pattern in the shared table
    dir_local = ray_dirs_local[beam_offset[env] + beam]
    dir_world = wp.transform_vector(X_ws, dir_local)
    query = wp.mesh_query_ray(mesh, origin, dir_world, lidar_max_range)
    if not query.result or query.t < MIN_RANGE:
        ranges[env, beam] = 0.0
        return
    t = query.t
    ranges[env, beam] = t
    p = origin + dir_world * t
    strength = return_intensity(query.normal, dir_world, t, lidar_max_range)
    # hits only: a per-environment counter hands out the point slots
    slot = wp.atomic_add(num_points, env, 1)
    if slot < points.shape[1]:
        points[env, slot] = scan_point(p[0], p[1], p[2], strength)


@wp.func
def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:
    # the damping only resists motion further past the limit, so the joint leaves it freely
    if q < lower:
        return ke * (lower - q) - kd * wp.min(qd, 0.0)
    if q > upper:
        return ke * (upper - q) - kd * wp.max(qd, 0.0)
    return 0.0


@wp.kernel
def apply_joint_limits(
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
    joint_target: wp.array[float],
    joint_target_ke: wp.array[float],
    joint_kd: wp.array[float],
    joint_effort_limit: wp.array[float],
    joint_tau: wp.array[float],
):
    """One thread per joint slot of each world: PD drive toward the targets plus a penalty past the limits; slots past the world's joint count idle."""
    world, j = wp.tid()
    if j >= world_joint_count[world]:
        return
    joint = world_joint_start[world] + j
    jtype = joint_type[joint]
    if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:
        return
    limit_ke = joint_limit_ke[joint]
    limit_kd = joint_limit_kd[joint]
    ke_cur = joint_target_ke[joint]
    kd_i = joint_kd[joint]
    f_max = joint_effort_limit[joint]
    dof = joint_qd_start[joint]
    q = joint_q[joint_q_start[joint]]
    qd = joint_qd[dof]
    tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], limit_ke, limit_kd) + ke_cur * (joint_target[dof] - q) - kd_i * qd
    tau = wp.clamp(tau, -f_max, f_max)
    joint_tau[dof] += tau


@wp.kernel(enable_backward=False)
def eval_termination_conditions(
    contact_term_bodies: wp.array[wp.int32],
    body_q: wp.array2d[wp.transform],
    env_origin: wp.array[wp.vec3],
    min_height: float,
    max_distance: float,
    max_episode_length: wp.int32,
    env_reset: wp.array[wp.int32],
    progress_buf: wp.array[wp.int32],
    env_timeout: wp.array[wp.int32],
):
    env, k = wp.tid()
    if k == 0:
        # one thread per environment advances its episode counter
        step = progress_buf[env] + 1
        progress_buf[env] = step
        if step >= max_episode_length:
            env_timeout[env] = 1
            env_reset[env] = 1
    body = contact_term_bodies[k]
    if body < 0:
        return
    X_wb = body_q[env, body]
    p = wp.transform_get_translation(X_wb)
    failed = p[2] < min_height
    d = p - env_origin[env]
    failed = failed or d[0] * d[0] + d[1] * d[1] > max_distance * max_distance
    if failed:
        # every thread that fails writes the same flag; the reset kernel clears it
        env_reset[env] = 1
