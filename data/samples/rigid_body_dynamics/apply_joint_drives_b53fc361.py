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


def create_apply_joint_drives_kernel(joint_type: int, mode: int):
    @wp.kernel
    def apply_joint_drives(
        joint_drive_gains: wp.array[drive_gains],
        driven_joint_ids: wp.array[wp.int32],
        joint_parent: wp.array[wp.int32],
        joint_child: wp.array[wp.int32],
        joint_q_start: wp.array[wp.int32],
        joint_qd_start: wp.array[wp.int32],
        joint_q: wp.array[float],
        joint_qd: wp.array[float],
        joint_target: wp.array[float],
        joint_axis: wp.array[wp.vec3],
        joint_X_c: wp.array[wp.transform],
        body_q: wp.array[wp.transform],
        drive_count: wp.int32,
        body_f_out: wp.array[wp.spatial_vector],
    ):
        tid = wp.tid()
        if tid >= drive_count:
            return
        j = driven_joint_ids[tid]
        parent = joint_parent[j]
        child = joint_child[j]
        q_start = joint_q_start[j]
        qd_start = joint_qd_start[j]
        gains = joint_drive_gains[j]
        k_p = gains[0]
        k_d = gains[1]
        X_wc = body_q[child]
        # the drive acts in the joint frame seen from the child
        X_wj = wp.transform_multiply(X_wc, joint_X_c[j])
        goal = joint_target[qd_start]
        if wp.static(mode == DriveMode.POSITION):
            e = k_p * (goal - joint_q[q_start]) - k_d * joint_qd[qd_start]
        else:
            e = k_d * (goal - joint_qd[qd_start])
        effort = joint_axis[qd_start] * e

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
    return apply_joint_drives


apply_joint_drives_prismatic = create_apply_joint_drives_kernel(JointType.PRISMATIC, DriveMode.VELOCITY)
