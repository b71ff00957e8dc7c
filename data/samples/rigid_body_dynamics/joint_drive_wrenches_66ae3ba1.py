import warp as wp


drive_gains = wp.types.vector(length=3, dtype=wp.float32)


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


class DriveMode:
    POSITION = wp.constant(0)
    VELOCITY = wp.constant(1)


@wp.func
def rotation_error(r: wp.quat) -> wp.vec3:
    # small-angle rotation vector; q and -q are the same rotation, so take the shorter way round
    return wp.vec3(r[0], r[1], r[2]) * (2.0 * wp.sign(r[3]))


def create_joint_drive_wrenches_kernel(joint_type: int, mode: int):
    @wp.kernel
    def joint_drive_wrenches(
        joint_drive_gains: wp.array[drive_gains],
        drive_count: wp.array[int],
        drive_joints: wp.array[int],
        joint_parent: wp.array[int],
        joint_child: wp.array[int],
        joint_q_start: wp.array[int],
        joint_qd_start: wp.array[int],
        joint_q: wp.array[float],
        joint_velocities: wp.array[float],
        joint_target_pos: wp.array[float],
        joint_axis: wp.array[wp.vec3],
        joint_X_c: wp.array[wp.transform],
        body_q: wp.array[wp.transform],
        body_f_out: wp.array[wp.spatial_vector],
    ):
        """PD drives of the joints listed for this kernel: each joint's effort from its target, as a wrench on the bodies it joins; gains are (ke, kd, effort limit) per joint."""
        tid = wp.tid()
        if tid >= drive_count[0]:
            return
        j = drive_joints[tid]
        parent = joint_parent[j]
        child = joint_child[j]
        q_start = joint_q_start[j]
        qd_start = joint_qd_start[j]
        gains = joint_drive_gains[tid]
        ke = gains[0]
        kd = gains[1]
        X_wc = body_q[child]
        # the drive acts in the joint frame seen from the child
        X_wj = wp.transform_multiply(X_wc, joint_X_c[j])
        if wp.static(joint_type == JointType.BALL):
            r = wp.normalize(wp.quat(joint_q[q_start], joint_q[q_start + 1], joint_q[q_start + 2], joint_q[q_start + 3]))
            w = wp.vec3(joint_velocities[qd_start], joint_velocities[qd_start + 1], joint_velocities[qd_start + 2])
            goal = wp.vec3(joint_target_pos[qd_start], joint_target_pos[qd_start + 1], joint_target_pos[qd_start + 2])
            if wp.static(mode == DriveMode.POSITION):
                effort = (goal - rotation_error(r)) * ke - w * kd
            else:
                effort = (goal - w) * kd
        else:
            goal = joint_target_pos[qd_start]
            if wp.static(mode == DriveMode.POSITION):
                e = ke * (goal - joint_q[q_start]) - kd * joint_velocities[qd_start]
            else:
                e = kd * (goal - joint_velocities[qd_start])
            effort = joint_axis[qd_start] * e

        # the motor saturates: limit the effort's magnitude, {{ kp }}ep its direction
        effort_norm = wp.length(effort)
        if effort_norm > gains[2]:
            effort = effort * (gains[2] / effort_norm)

        # prismatic drives push along the axis, the others twist about it
        if wp.static(joint_type == JointType.PRISMATIC):
            f = wp.transform_vector(X_wj, effort)
            t = wp.vec3()
        else:
            f = wp.vec3()
            t = wp.transform_vector(X_wj, effort)
        # wrenches about the world origin
        wrench = wp.spatial_vector(t + wp.cross(wp.transform_get_translation(X_wj), f), f)
        wp.atomic_add(body_f_out, child, wrench)
        if parent >= 0:
            wp.atomic_sub(body_f_out, parent, wrench)
    return joint_drive_wrenches


joint_drive_wrenches_ball = create_joint_drive_wrenches_kernel(JointType.BALL, DriveMode.POSITION)


@wp.kernel
def step_bodies(
    particle_flags: wp.array[int],
    body_w: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    body_forces: wp.array[wp.spatial_vector],
    body_com: wp.array[wp.vec3],
    particle_inv_mass: wp.array[float],
    body_inertia: wp.array[wp.mat33],
    body_q: wp.array[wp.transform],
    body_qd_out: wp.array[wp.spatial_vector],
    time_step: float,
):
    """Semi-implicit Euler step of rigid bodies: twists from wrenches, then poses from twists."""
    tid = wp.tid()
    if particle_flags[tid] != 1:
        return
    xform = body_q[tid]
    omega = body_w[tid]
    v = particle_v[tid]
    qd = wp.spatial_vector(omega, v)
    I_b = body_inertia[tid]
    x0 = wp.transform_get_translation(xform)
    r0 = wp.transform_get_rotation(xform)
    w0 = wp.spatial_top(qd)
    v0 = wp.spatial_bottom(qd)
    f_s = body_forces[tid]
    t0 = wp.spatial_top(f_s)
    f0 = wp.spatial_bottom(f_s)
    x_com = x0 + wp.quat_rotate(r0, body_com[tid])
    # linear part
    v1 = v0 + (f0 * particle_inv_mass[tid] + wp.vec3(0.0, -9.81, 0.0)) * time_step
    x1 = x_com + v1 * time_step
    # angular part, in the body frame
    wb = wp.quat_rotate_inv(r0, w0)
    tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I_b @ wb)
    w1 = wp.quat_rotate(r0, wb + wp.inverse(I_b) @ tb * time_step)
    r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * time_step)
    body_q[tid] = wp.transform(x1 - wp.quat_rotate(r1, body_com[tid]), r1)
    body_qd_out[tid] = wp.spatial_vector(w1, v1)
