import warp as wp


drive_gains = wp.types.vector(length=3, dtype=wp.float32)


@wp.func
def clamp_effort(effort: wp.vec3, limit: float) -> wp.vec3:
    # limit the magnitude, keep the direction
    n = wp.length(effort)
    if n > limit:
        return effort * (limit / n)
    return effort


def create_drive_joint_targets_kernel(joint_type: str, mode: str):
    @wp.kernel
    def drive_joint_targets(
        joint_drive_gains: wp.array(dtype=drive_gains),
        num_driven_joints: wp.array(dtype=wp.int32),
        drive_joints: wp.array(dtype=wp.int32),
        joint_parent: wp.array(dtype=wp.int32),
        joint_child: wp.array(dtype=wp.int32),
        joint_q_start: wp.array(dtype=wp.int32),
        joint_qd_start: wp.array(dtype=wp.int32),
        joint_q: wp.array(dtype=float),
        joint_qd: wp.array(dtype=float),
        joint_target: wp.array(dtype=float),
        joint_axis: wp.array(dtype=wp.vec3),
        joint_X_c: wp.array(dtype=wp.transform),
        body_q: wp.array(dtype=wp.transform),
        body_com: wp.array(dtype=wp.vec3),
        body_f_out: wp.array(dtype=wp.spatial_vector),
    ):
        """Joint drive wrenches of one joint type, applied to the child body and reacted on the parent; the joint type and drive mode are closure constants, so each pair compiles its own kernel."""
        tid = wp.tid()
        if tid >= num_driven_joints[0]:
            return
        j = drive_joints[tid]
        parent = joint_parent[j]
        child = joint_child[j]
        q_start = joint_q_start[j]
        qd_start = joint_qd_start[j]
        gains = joint_drive_gains[tid]
        k_p = gains[0]
        k_d = gains[1]
        X_wc = body_q[child]
        # the drive acts in the joint frame seen from the child
        X_wj = wp.transform_multiply(X_wc, joint_X_c[j])
        goal = joint_target[qd_start]
        if wp.static(mode == "position"):
            e = k_p * (goal - joint_q[q_start]) - k_d * joint_qd[qd_start]
        else:
            e = k_d * (goal - joint_qd[qd_start])
        effort = joint_axis[qd_start] * e
        effort = clamp_effort(effort, gains[2])

        # prismatic drives push along the axis, the others twist about it
        if wp.static(joint_type == "prismatic"):
            f = wp.transform_vector(X_wj, effort)
            t = wp.vec3()
        else:
            f = wp.vec3()
            t = wp.transform_vector(X_wj, effort)
        # body wrenches are taken about each body's center of mass
        r_c = wp.transform_get_translation(X_wj) - wp.transform_point(X_wc, body_com[child])
        wp.atomic_add(body_f_out, child, wp.spatial_vector(t + wp.cross(r_c, f), f))
        if parent >= 0:
            r_p = wp.transform_get_translation(X_wj) - wp.transform_point(body_q[parent], body_com[parent])
            wp.atomic_sub(body_f_out, parent, wp.spatial_vector(t + wp.cross(r_p, f), f))
    return drive_joint_targets


drive_joint_targets_revolute = create_drive_joint_targets_kernel("revolute", "velocity")


@wp.kernel
def integrate_rigid_bodies(
    parent_q: wp.array(dtype=wp.transform),
    body_vel: wp.array(dtype=wp.spatial_vector),
    body_torques: wp.array(dtype=wp.vec3),
    particle_f: wp.array(dtype=wp.vec3),
    body_com: wp.array(dtype=wp.vec3),
    particle_inv_mass: wp.array(dtype=float),
    body_inertia: wp.array(dtype=wp.mat33),
    body_inv_inertia: wp.array(dtype=wp.mat33),
    body_q: wp.array(dtype=wp.transform),
    body_qd_next: wp.array(dtype=wp.spatial_vector),
    shape_xform: wp.transform,
    delta_time: float,
):
    """Semi-implicit Euler step of rigid bodies: twists from wrenches, then poses from twists."""
    tid = wp.tid()
    parent_xform = parent_q[tid]
    tf = wp.transform_multiply(parent_xform, shape_xform)
    twist = body_vel[tid]
    t_ext = body_torques[tid]
    f = particle_f[tid]
    wrench = wp.spatial_vector(t_ext, f)
    com = body_com[tid]
    I = body_inertia[tid]
    inv_I = body_inv_inertia[tid]
    x0 = wp.transform_get_translation(tf)
    r0 = wp.transform_get_rotation(tf)
    w0 = wp.spatial_top(twist)
    v0 = wp.spatial_bottom(twist)
    t0 = wp.spatial_top(wrench)
    f0 = wp.spatial_bottom(wrench)
    x_com = x0 + wp.quat_rotate(r0, com)
    # linear part
    v1 = v0 + (f0 * particle_inv_mass[tid] + wp.vec3(0.0, -9.81, 0.0)) * delta_time
    x1 = x_com + v1 * delta_time
    # angular part, in the body frame
    wb = wp.quat_rotate_inv(r0, w0)
    tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)
    w1 = wp.quat_rotate(r0, wb + inv_I @ tb * delta_time)
    r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)
    body_q[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)
    body_qd_next[tid] = wp.spatial_vector(w1, v1)
