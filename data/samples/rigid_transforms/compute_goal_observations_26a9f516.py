import warp as wp


OBS_DIM = 6
obs_vec = wp.types.vector(length=OBS_DIM, dtype=wp.float32)


class ObsFrame:
    WORLD = wp.constant(0)
    BASE = wp.constant(1)
    HEADING = wp.constant(2)


@wp.func
def yaw_only(q: wp.quat) -> wp.quat:
    # the base's heading about +z, without its roll and pitch
    fwd = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))
    return wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.atan2(fwd[1], fwd[0]))


def create_compute_goal_observations_kernel(frame: int, clip: float):
    @wp.kernel(enable_backward=False)
    def compute_goal_observations(
        ee_offset: wp.vec3,
        env_active: wp.array[int],
        env_root_body: wp.array[int],
        env_ee_body: wp.array[int],
        body_q: wp.array[wp.transform],
        env_goal: wp.array[wp.vec3],
        obs: wp.array[obs_vec],
    ):
        env = wp.tid()
        if env_active[env] == 0:
            # environments being reset keep last step's observation
            return
        ee = env_ee_body[env]
        ee_pose = body_q[ee]
        tool_pos = wp.transform_point(ee_pose, ee_offset)

        # the observation frame: the world, the robot base, or the base's heading
        if wp.static(frame == ObsFrame.WORLD):
            frame_pose = wp.transform_identity()
        else:
            X_wb = body_q[env_root_body[env]]
            if wp.static(frame == ObsFrame.HEADING):
                frame_pose = wp.transform(wp.transform_get_translation(X_wb), yaw_only(wp.transform_get_rotation(X_wb)))
            else:
                frame_pose = X_wb
        X_inv = wp.transform_inverse(frame_pose)
        ee_local = wp.transform_point(X_inv, tool_pos)
        to_goal = wp.transform_vector(X_inv, env_goal[env] - tool_pos)
        o = obs_vec(
            ee_local[0], ee_local[1], ee_local[2],
            to_goal[0], to_goal[1], to_goal[2],
        )
        if wp.static(clip > 0.0):
            o = wp.min(wp.max(o, obs_vec(-clip)), obs_vec(clip))
        obs[env] = o
    return compute_goal_observations


compute_goal_observations_world = create_compute_goal_observations_kernel(ObsFrame.WORLD, 5.0)


@wp.kernel(enable_backward=False)
def keypoint_goal_deltas(
    env_active: wp.array[int],
    tracked_bodies: wp.array[int],
    body_q: wp.array2d[wp.transform],
    goal_pos: wp.array2d[wp.vec3],
    goal_delta: wp.array2d[wp.vec3],
    goal_distance: wp.array2d[float],
):
    env, k = wp.tid()
    if env_active[env] == 0:
        return
    body = tracked_bodies[k]
    if body < 0:
        return
    X_wb = body_q[env, body]
    p = wp.transform_get_translation(X_wb)
    delta = goal_pos[env, k] - p
    # seen from the environment's root body, so the policy is invariant to where it stands
    root_rot = wp.transform_get_rotation(body_q[env, 0])
    goal_delta[env, k] = wp.quat_rotate_inv(root_rot, delta)
    dist = wp.length(delta)
    goal_distance[env, k] = dist


@wp.kernel
def import_transforms(
    particle_flags: wp.array[int],
    world_matrices: wp.array[wp.mat44],
    body_q: wp.array[wp.transform],
    scales: wp.array[wp.vec3],
):
    tid = wp.tid()
    if particle_flags[tid] != 1:
        return
    M = world_matrices[tid]
    p, q, s = wp.transform_decompose(M)
    X = wp.transform(p, wp.normalize(q))
    body_q[tid] = X
    scales[tid] = s


@wp.kernel
def relative_pose(
    parent_q: wp.array[wp.transform],
    body_q: wp.array[wp.transform],
    active_count: int,
    joint_X_c: wp.array[wp.transform],
    joint_rotvec: wp.array[wp.vec3],
):
    tid = wp.tid()
    if tid >= active_count:
        return
    X_wp = parent_q[tid]
    X_rel = wp.transform_multiply(wp.transform_inverse(X_wp), body_q[tid])
    axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))
    joint_X_c[tid] = X_rel
    # rotation vector: axis scaled by the angle
    joint_rotvec[tid] = axis * angle


@wp.kernel
def apply_body_transform(
    particle_x: wp.array[wp.vec3],
    rotation_axis: wp.vec3,
    scale: float,
    time: float,
    attach_point: wp.vec3,
    body_axis: wp.vec3,
    world_points: wp.array[wp.vec3],
    normals: wp.array[wp.vec3],
):
    tid = wp.tid()
    X_w = wp.transform(particle_x[tid], wp.quat_from_axis_angle(rotation_axis, scale * time))
    world_points[tid] = wp.transform_point(X_w, attach_point)
    # directions rotate but do not translate
    normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))
