import warp as wp


TENDON_MAX_JOINTS = wp.constant(4)


@wp.kernel
def apply_fixed_tendons(
    tendon_dofs: wp.array2d[wp.int32],
    tendon_coef: wp.array2d[float],
    joint_q: wp.array2d[float],
    joint_qd: wp.array2d[float],
    tendon_rest_length: wp.array[float],
    tendon_stiffness: wp.array[float],
    tendon_damping: wp.array[float],
    joint_tau: wp.array2d[float],
    tendon_length: wp.array2d[float],
):
    world, t = wp.tid()
    # padding tendons have no first joint
    if tendon_dofs[t, 0] < 0:
        return
    ke = tendon_stiffness[t]
    kd = tendon_damping[t]
    # the tendon's length and rate: weighted sums over its joints
    length = float(0.0)
    rate = float(0.0)
    # a fixed-size loop Warp unrolls, so the sums stay differentiable
    for e in range(TENDON_MAX_JOINTS):
        dof = tendon_dofs[t, e]
        if dof >= 0:
            c = tendon_coef[t, e]
            length += c * joint_q[world, dof]
            rate += c * joint_qd[world, dof]
    tendon_length[world, t] = length
    # a cable pulls only when stretched, and never pushes
    tension = float(0.0)
    if length > tendon_rest_length[t]:
        tension = wp.max(ke * (length - tendon_rest_length[t]) + kd * rate, 0.0)
    # tendons sharing a joint both push on it: summed with atomics
    for e in range(TENDON_MAX_JOINTS):
        dof = tendon_dofs[t, e]
        if dof >= 0:
            wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)


@wp.kernel
def coriolis_wrench(
    spatial_inertias: wp.array[wp.spatial_matrix],
    twists: wp.array[wp.spatial_vector],
    wrenches_out: wp.array[wp.spatial_vector],
):
    tid = wp.tid()
    f = wp.spatial_cross_dual(twists[tid], spatial_inertias[tid] @ twists[tid])
    wrenches_out[tid] = wrenches_out[tid] + f


@wp.kernel
def extract_joint_twist(
    angles: wp.array[float],
    velocities: wp.array[wp.vec3],
    yaw: wp.array[float],
    axes: wp.array[wp.vec3],
    twist_out: wp.array[wp.quat],
):
    tid = wp.tid()
    angle = angles[tid]
    v = velocities[tid]
    q = wp.quat_rpy(angle, wp.atan2(v[1], v[0]), yaw[tid])
    twist = wp.quat_twist(axes[tid], q)
    if twist[3] < 0.0:
        twist = -twist
    twist_out[tid] = twist


@wp.kernel
def eval_joint_velocities(
    local_transforms: wp.array[wp.transform],
    twists: wp.array[wp.spatial_vector],
    velocities: wp.array[wp.vec3],
    motion_subspace: wp.array[wp.spatial_vector],
    joint_velocities: wp.array[float],
    wrenches_out: wp.array[wp.spatial_vector],
    twists_out: wp.array[wp.spatial_vector],
    bias_accel: wp.array[wp.spatial_vector],
    body_f_out: wp.array[wp.spatial_vector],
):
    """One step of the forward pass over an articulation: twists down, wrenches up."""
    tid = wp.tid()
    X_local = local_transforms[tid]
    qd = twists[tid]
    vel = velocities[tid]
    S = motion_subspace[tid]
    v_j = S * joint_velocities[tid]
    v_child = wp.transform_twist(X_local, wp.spatial_vector(wp.spatial_top(qd), vel)) + v_j
    twists_out[tid] = v_child
    bias_accel[tid] = wp.spatial_cross(v_child, v_j)
    body_f_out[tid] = wp.transform_wrench(X_local, wrenches_out[tid])


@wp.kernel
def change_frame(transforms: wp.array[wp.transform], twists: wp.array[wp.spatial_vector]):
    """Move twists between frames: v_world = Ad_X v_body."""
    tid = wp.tid()
    X_wb = transforms[tid]
    R = wp.quat_to_matrix(wp.transform_get_rotation(X_wb))
    p = wp.transform_get_translation(X_wb)
    # Ad_X = [[R, 0], [skew(p) R, R]]
    Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)
    twists[tid] = Ad @ twists[tid]
