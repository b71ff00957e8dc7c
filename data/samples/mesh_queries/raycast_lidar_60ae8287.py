import warp as wp


RANGE_NOISE = wp.constant(0.01)
MIN_RANGE = wp.constant(0.05)
OBS_DIM = 6
scan_point = wp.types.vector(length=4, dtype=wp.float32)
obs_vec = wp.types.vector(length=OBS_DIM, dtype=wp.float32)


@wp.func
def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:
    # Lambertian return, fading towards the end of the range
    cos_incidence = wp.abs(wp.dot(normal, beam_dir))
    return cos_incidence * (1.0 - t / max_range)


@wp.kernel(enable_backward=False)
def raycast_lidar(
    points: wp.array2d(dtype=scan_point),
    mesh_id: wp.uint64,
    lidar_poses: wp.array(dtype=wp.transform),
    ray_dirs_local: wp.array(dtype=wp.vec3),
    pattern_start: wp.array(dtype=wp.int32),
    lidar_max_range: float,
    rng_seed: wp.int32,
    beam_range: wp.array2d(dtype=float),
    num_points: wp.array(dtype=wp.int32),
    closest_range: wp.array(dtype=float),
):
    env, beam = wp.tid()
    X_ws = lidar_poses[env]
    origin = wp.transform_get_translation(X_ws)
    dir_local = ray_dirs_local[pattern_start[env] + beam]
    dir_world = wp.transform_vector(X_ws, dir_local)
    query = wp.mesh_query_ray(mesh_id, origin, dir_world, lidar_max_range)
    if not query.result or query.t < MIN_RANGE:
        beam_range[env, beam] = lidar_max_range
        return
    num_beams = beam_range.shape[1]
    state = wp.rand_init(rng_seed, env * num_beams + beam)
    t = wp.clamp(query.t + RANGE_NOISE * wp.randn(state), MIN_RANGE, lidar_max_range)
    beam_range[env, beam] = t
    wp.atomic_min(closest_range, env, t)
    p = dir_local * t
    strength = return_intensity(query.normal, dir_world, t, lidar_max_range)
    slot = wp.atomic_add(num_points, env, 1)
    if slot < points.shape[1]:
        points[env, slot] = scan_point(p[0], p[1], p[2], strength)


@wp.func
def yaw_only(q: wp.quat) -> wp.quat:
    # the base's heading about +z, without its roll and pitch
    fwd = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))
    return wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.atan2(fwd[1], fwd[0]))


def create_ee_goal_observations_kernel(frame: str, clip: float):
    @wp.kernel(enable_backward=False)
    def ee_goal_observations(
        tcp_offset: wp.vec3,
        env_active: wp.array(dtype=wp.int32),
        env_root_body: wp.array(dtype=wp.int32),
        env_ee_body: wp.array(dtype=wp.int32),
        body_q: wp.array(dtype=wp.transform),
        env_object_body: wp.array(dtype=wp.int32),
        obs: wp.array(dtype=obs_vec),
    ):
        env = wp.tid()
        if env_active[env] == 0:
            # environments being reset keep last step's observation
            return
        ee = env_ee_body[env]
        X_we = body_q[ee]
        p_ee = wp.transform_point(X_we, tcp_offset)

        # the observation frame: the world, the robot base, or the base's heading
        if wp.static(frame == "world"):
            X_ref = wp.transform_identity()
        else:
            X_wb = body_q[env_root_body[env]]
            if wp.static(frame == "heading"):
                X_ref = wp.transform(wp.transform_get_translation(X_wb), yaw_only(wp.transform_get_rotation(X_wb)))
            else:
                X_ref = X_wb
        X_inv = wp.transform_inverse(X_ref)
        ee_local = wp.transform_point(X_inv, p_ee)
        # the goal is the object body this environment should reach
        to_goal = wp.transform_vector(X_inv, wp.transform_get_translation(body_q[env_object_body[env]]) - p_ee)
        o = obs_vec(
            ee_local[0], ee_local[1], ee_local[2],
            to_goal[0], to_goal[1], to_goal[2],
        )
        if wp.static(clip > 0.0):
            o = wp.min(wp.max(o, obs_vec(-clip)), obs_vec(clip))
        obs[env] = o
    return ee_goal_observations


ee_goal_observations_base = create_ee_goal_observations_kernel("base", 0.0)


@wp.func
def rotation_error(q: wp.quat, q_goal: wp.quat) -> float:
    # angle of the rotation still to go; q and -q are the same rotation
    dq = q_goal * wp.quat_inverse(q)
    return 2.0 * wp.asin(wp.min(wp.length(wp.vec3(dq[0], dq[1], dq[2])), 1.0))


@wp.kernel(enable_backward=False)
def goal_keypoint_observations(
    keypoint_body: wp.array(dtype=wp.int32),
    body_q: wp.array2d(dtype=wp.transform),
    target_pose: wp.array2d(dtype=wp.transform),
    env_origin: wp.array(dtype=wp.vec3),
    success_radius: float,
    obs_keypoint_delta: wp.array2d(dtype=wp.vec3),
    goal_distance: wp.array2d(dtype=float),
    goal_rot_error: wp.array2d(dtype=float),
    keypoints_reached: wp.array(dtype=wp.int32),
):
    env, k = wp.tid()
    body = keypoint_body[k]
    if body < 0:
        return
    X_wb = body_q[env, body]
    p = wp.transform_get_translation(X_wb)
    # goals are stored relative to their environment's origin
    X_goal = target_pose[env, k]
    delta = wp.transform_get_translation(X_goal) + env_origin[env] - p
    goal_rot_error[env, k] = rotation_error(wp.transform_get_rotation(X_wb), wp.transform_get_rotation(X_goal))
    obs_keypoint_delta[env, k] = delta
    dist = wp.length(delta)
    goal_distance[env, k] = dist
    if dist < success_radius:
        wp.atomic_add(keypoints_reached, env, 1)
