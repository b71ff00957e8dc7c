import warp as wp


drive_gains = wp.types.vector(length=3, dtype=wp.float32)


@wp.func
def rotation_error(r: wp.quat) -> wp.vec3:
    # small-angle rotation vector; q and -q are the same rotation, so take the shorter way round
    return wp.vec3(r[0], r[1], r[2]) * (2.0 * wp.sign(r[3]))


def create_eval_joint_drives_kernel(joint_type: str, mode: str):
    @wp.kernel
    def eval_joint_drives(
        joint_drive_gains: wp.array[drive_gains],
        drive_joints: wp.array[wp.int32],
        joint_parent: wp.array[wp.int32],
        joint_child: wp.array[wp.int32],
        joint_q_start: wp.array[wp.int32],
        joint_qd_start: wp.array[wp.int32],
        joint_q: wp.array[float],
        joint_qd: wp.array[float],
        joint_axis: wp.array[wp.vec3],
        joint_X_p: wp.array[wp.transform],
        transforms: wp.array[wp.transform],
        com: wp.array[wp.vec3],
        num_drives: wp.int32,
        wrenches_out: wp.array[wp.spatial_vector],
    ):
        """Drive wrenches on the child bodies of the joints of one type; the joint type and drive mode are closure constants, so each pair compiles its own kernel."""
        tid = wp.tid()
        if tid >= num_drives:
            return
        j = drive_joints[tid]
        parent = joint_parent[j]
        child = joint_child[j]
        q_start = joint_q_start[j]
        qd_start = joint_qd_start[j]
        gains = joint_drive_gains[j]
        k_p = gains[0]
        k_d = gains[1]
        X_wj = joint_X_p[j]
        if parent >= 0:
            X_wj = wp.transform_multiply(transforms[parent], X_wj)
        if wp.static(joint_type == "ball"):
            r = wp.normalize(wp.quat(joint_q[q_start], joint_q[q_start + 1], joint_q[q_start + 2], joint_q[q_start + 3]))
            w = wp.vec3(joint_qd[qd_start], joint_qd[qd_start + 1], joint_qd[qd_start + 2])
            if wp.static(mode == "position"):
                effort = rotation_error(r) * (-k_p) - w * k_d
            else:
                # no target: the drive only brakes
                effort = w * (-k_d)
        else:
            if wp.static(mode == "position"):
                e = -k_p * joint_q[q_start] - k_d * joint_qd[qd_start]
            else:
                e = -k_d * joint_qd[qd_start]
            effort = joint_axis[qd_start] * e

        # the motor saturates: limit the effort's magnitude, {{ kp }}ep its direction
        effort_norm = wp.length(effort)
        if effort_norm > gains[2]:
            effort = effort * (gains[2] / effort_norm)

        # prismatic drives push along the axis, the others twist about it
        if wp.static(joint_type == "prismatic"):
            f = wp.transform_vector(X_wj, effort)
            t = wp.vec3()
        else:
            f = wp.vec3()
            t = wp.transform_vector(X_wj, effort)
        # body wrenches are taken about each body's center of mass
        r_c = wp.transform_get_translation(X_wj) - wp.transform_point(transforms[child], com[child])
        wp.atomic_add(wrenches_out, child, wp.spatial_vector(t + wp.cross(r_c, f), f))
    return eval_joint_drives


eval_joint_drives_revolute = create_eval_joint_drives_kernel("revolute", "position")
