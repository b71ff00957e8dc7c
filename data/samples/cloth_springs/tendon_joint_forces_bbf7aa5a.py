import warp as wp


TENDON_MAX_JOINTS = wp.constant(4)


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


@wp.kernel
def tendon_joint_forces(
    tendon_joint: wp.array2d[wp.int32],
    tendon_gear: wp.array2d[float],
    joint_q: wp.array2d[float],
    joint_qd: wp.array2d[float],
    tendon_rest_length: wp.array[float],
    tendon_stiffness: wp.array[float],
    tendon_kd: wp.array[float],
    tendon_count: wp.int32,
    joint_tau: wp.array2d[float],
    tendon_length: wp.array2d[float],
):
    world, t = wp.tid()
    if t >= tendon_count:
        return
    rest = tendon_rest_length[t]
    kd = tendon_kd[t]
    length = float(0.0)
    rate = float(0.0)
    for e in range(TENDON_MAX_JOINTS):
        dof = tendon_joint[t, e]
        if dof >= 0:
            c = tendon_gear[t, e]
            length += c * joint_q[world, dof]
            rate += c * joint_qd[world, dof]
    tendon_length[world, t] = length
    tension = float(0.0)
    if length > rest:
        tension = wp.max(tendon_stiffness[t] * (length - rest) + kd * rate, 0.0)
    for e in range(TENDON_MAX_JOINTS):
        dof = tendon_joint[t, e]
        if dof >= 0:
            wp.atomic_sub(joint_tau, world, dof, tendon_gear[t, e] * tension)


@wp.func
def drive_force(mode: wp.int32, q: float, qd: float, act: float, target: float, ke: float, kd: float) -> float:
    if mode == JointMode.NONE:
        return act
    if mode == JointMode.TARGET_POSITION:
        return ke * (target - q) - kd * qd
    if mode == JointMode.TARGET_VELOCITY:
        # the stiffness gain drives the rate towards the target rate
        return ke * (target - qd)
    return 0.0


@wp.func
def limit_force(q: float, lower: float, upper: float, limit_ke: float) -> float:
    # a stiff spring back inside the limits, nothing within them
    return limit_ke * (wp.max(lower - q, 0.0) - wp.min(upper - q, 0.0))


@wp.kernel
def joint_drive_limit_forces(
    joint_type: wp.array[wp.int32],
    joint_q_start: wp.array[wp.int32],
    joint_qd_start: wp.array[wp.int32],
    joint_q: wp.array[float],
    joint_velocities: wp.array[float],
    joint_dof_mode: wp.array[wp.int32],
    joint_act: wp.array[float],
    joint_q_init: wp.array[float],
    joint_action: wp.array[float],
    joint_dof_dim: wp.array[wp.int32],
    joint_velocity_limit: wp.array[float],
    joint_target_ke: wp.array[float],
    joint_kd: wp.array[float],
    joint_limit_lower: wp.array[float],
    joint_limit_upper: wp.array[float],
    joint_limit_ke: wp.array[float],
    joint_effort_limit: wp.array[float],
    joint_parent: wp.array[wp.int32],
    joint_child: wp.array[wp.int32],
    poses: wp.array[wp.transform],
    joint_X_p: wp.array[wp.transform],
    joint_axis: wp.array[wp.vec3],
    joint_count: wp.int32,
    action_scale: float,
    joint_damping: float,
    body_f_out: wp.array[wp.spatial_vector],
    joint_drive_power: wp.array[float],
):
    """Per-joint actuation: the joint type says how many degrees of freedom it has, and every one gets its drive, limit and friction terms."""
    tid = wp.tid()
    if tid >= joint_count:
        return
    type = joint_type[tid]
    # fixed joints have no degrees of freedom; free joints are never actuated
    if type == JointType.FIXED or type == JointType.FREE:
        return
    qd_start = joint_qd_start[tid]
    q_start = joint_q_start[tid]
    dof_count = joint_dof_dim[tid]
    parent = joint_parent[tid]
    child = joint_child[tid]
    # the joint's axes live in the parent's joint frame
    X_wp = joint_X_p[tid]
    if parent >= 0:
        X_wp = wp.transform_multiply(poses[parent], X_wp)
    frame_rot = wp.transform_get_rotation(X_wp)
    torque = wp.vec3(0.0)
    force = wp.vec3(0.0)
    power = float(0.0)
    for k in range(dof_count):
        dof = qd_start + k
        qd_j = joint_velocities[dof]
        if type == JointType.BALL:
            # a ball joint's coordinates are a quaternion: only its rates are damped here
            tau = -joint_kd[dof] * qd_j
        else:
            q_j = joint_q[q_start + k]
            # the policy's action offsets the default pose
            q_target = joint_q_init[dof] + action_scale * joint_action[dof]
            tau = drive_force(joint_dof_mode[dof], q_j, qd_j, joint_act[dof], q_target, joint_target_ke[dof], joint_kd[dof])
            tau += limit_force(q_j, joint_limit_lower[dof], joint_limit_upper[dof], joint_limit_ke[dof])
        tau -= joint_damping * qd_j
        # at the speed limit the joint may still brake, but not push faster
        if wp.abs(qd_j) > joint_velocity_limit[dof] and tau * qd_j > 0.0:
            tau = 0.0
        limit = joint_effort_limit[dof]
        tau = wp.clamp(tau, -limit, limit)
        axis_w = wp.quat_rotate(frame_rot, joint_axis[dof])
        if type == JointType.PRISMATIC:
            force += axis_w * tau
        else:
            torque += axis_w * tau
        power += tau * qd_j
    # mechanical power the drives put in, for the energy penalty of the reward
    joint_drive_power[tid] = power
    wp.atomic_add(body_f_out, child, wp.spatial_vector(torque, force))
    if parent >= 0:
        wp.atomic_sub(body_f_out, parent, wp.spatial_vector(torque, force))
