import warp as wp


ACTION_NONE = wp.constant(0)
ACTION_POSITION_TARGET = wp.constant(1)
ACTION_VELOCITY_TARGET = wp.constant(2)
ACTION_EFFORT = wp.constant(3)


@wp.func
def action_to_target(action: float, lower: float, upper: float) -> float:
    # [-1, 1] onto the joint's range
    a = wp.clamp(action, -1.0, 1.0)
    return lower + 0.5 * (a + 1.0) * (upper - lower)


@wp.kernel(enable_backward=False)
def apply_env_actions(
    action_dof: wp.array[wp.int32],
    actuator_mode: wp.array2d[wp.int32],
    actions: wp.array2d[float],
    joint_limit_lower: wp.array2d[float],
    joint_limit_upper: wp.array2d[float],
    joint_velocity_limit: wp.array2d[float],
    joint_effort_limit: wp.array2d[float],
    joint_target_pos: wp.array2d[float],
    joint_f: wp.array2d[float],
):
    env, a = wp.tid()
    dof = action_dof[a]
    mode = actuator_mode[env, dof]
    if mode == ACTION_NONE:
        return
    q_min = joint_limit_lower[env, dof]
    q_max = joint_limit_upper[env, dof]
    action = actions[env, a]
    if mode == ACTION_POSITION_TARGET:
        joint_target_pos[env, dof] = action_to_target(action, q_min, q_max)
    elif mode == ACTION_VELOCITY_TARGET:
        # velocity targets saturate at the joint's speed limit
        speed_limit = joint_velocity_limit[env, dof]
        joint_target_pos[env, dof] = wp.clamp(0.25 * action, -speed_limit, speed_limit)
    elif mode == ACTION_EFFORT:
        joint_f[env, dof] = wp.clamp(action, -1.0, 1.0) * joint_effort_limit[env, dof]
