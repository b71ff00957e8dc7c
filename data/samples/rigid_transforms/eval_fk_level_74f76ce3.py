import warp as wp


JOINT_PRISMATIC = wp.constant(0)
JOINT_REVOLUTE = wp.constant(1)


@wp.func
def joint_motion(jtype: int, axis: wp.vec3, q: float) -> wp.transform:
    # single-DOF joints; any other type is rigid here
    if jtype == JOINT_PRISMATIC:
        return wp.transform(axis * q, wp.quat_identity())
    if jtype == JOINT_REVOLUTE:
        return wp.transform(wp.vec3(0.0), wp.quat_from_axis_angle(axis, q))
    return wp.transform_identity()


@wp.kernel(enable_backward=False)
def eval_fk_level(
    tree_level: wp.array(dtype=wp.int32),
    joint_type: wp.array(dtype=wp.int32),
    joint_parent: wp.array(dtype=wp.int32),
    joint_child: wp.array(dtype=wp.int32),
    joint_axis: wp.array(dtype=wp.vec3),
    joint_X_p: wp.array(dtype=wp.transform),
    joint_q: wp.array(dtype=float),
    joint_qd: wp.array(dtype=float),
    env_origins: wp.array(dtype=wp.vec3),
    centers_of_mass: wp.array(dtype=wp.vec3),
    num_worlds: wp.int32,
    joints_per_world: wp.int32,
    bodies_per_world: wp.int32,
    depth: wp.int32,
    body_pose: wp.array(dtype=wp.transform),
    body_qd: wp.array(dtype=wp.spatial_vector),
):
    tid = wp.tid()
    # a flat launch over the joints of all worlds; the joint tables are shared
    world = tid // joints_per_world
    j = tid % joints_per_world
    if world >= num_worlds:
        return
    # one tree level a launch: parents were placed by the previous one
    if tree_level[j] != depth:
        return
    jtype = joint_type[j]
    parent = joint_parent[j]
    first_body = world * bodies_per_world
    c = first_body + joint_child[j]
    if parent >= 0:
        parent_pose = body_pose[first_body + parent]
    else:
        parent_pose = wp.transform(env_origins[world], wp.quat_identity())
    joint_pose = wp.transform_multiply(parent_pose, joint_X_p[j])
    axis = joint_axis[j]
    # one coordinate per joint, stored world-major: the flat thread index is the coordinate's
    q = joint_q[tid]
    motion = joint_motion(jtype, axis, q)
    child_pose = wp.transform_multiply(joint_pose, motion)
    body_pose[c] = child_pose

    # twists in world coordinates (angular on top): the parent's, plus the joint's rate about its world axis
    twist_parent = wp.spatial_vector()
    if parent >= 0:
        twist_parent = body_qd[first_body + parent]
    qd = joint_qd[tid]
    axis_world = wp.transform_vector(joint_pose, axis)
    # the parent's linear velocity carried to the child's centre of mass
    r = wp.transform_point(child_pose, centers_of_mass[c]) - wp.transform_get_translation(parent_pose)
    if parent >= 0:
        r = r - wp.transform_vector(parent_pose, centers_of_mass[first_body + parent])
    w_parent = wp.spatial_top(twist_parent)
    v_child = wp.spatial_bottom(twist_parent) + wp.cross(w_parent, r)
    w_child = w_parent
    if jtype == JOINT_PRISMATIC:
        v_child = v_child + axis_world * qd
    elif jtype == JOINT_REVOLUTE:
        w_child = w_child + axis_world * qd
    body_qd[c] = wp.spatial_vector(w_child, v_child)


@wp.kernel
def rotate_bodies(
    rotations: wp.array(dtype=wp.quat),
    spin: wp.array(dtype=float),
    rotation_axis: wp.vec3,
    orientations_out: wp.array(dtype=wp.quat),
    euler_out: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    theta = spin[0]
    q = rotations[tid]
    dq = wp.quat_from_axis_angle(rotation_axis, theta)
    # the axis is given in the body frame: rotate on the right
    q_new = wp.normalize(q * dq)
    orientations_out[tid] = q_new
    euler_out[tid] = wp.quat_to_euler(q_new, 2, 1, 0)
