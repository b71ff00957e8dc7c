import warp as wp


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


@wp.func
def angle_between(a: wp.vec3, b: wp.vec3):
    return wp.atan2(wp.length(wp.cross(a, b)), wp.dot(a, b))


@wp.kernel
def apply_rotation(
    normals: wp.array[wp.vec3],
    axis: wp.vec3,
    plane_normal: wp.vec3,
    dirs: wp.array[wp.vec3],
):
    tid = wp.tid()
    dirs[tid] = wp.quat_rotate(wp.quat_from_axis_angle(axis, angle_between(axis, plane_normal)), normals[tid])


@wp.func
def jacobian_column(kind: wp.int32, axis_w: wp.vec3, origin: wp.vec3, p_ee: wp.vec3) -> wp.spatial_vector:
    # angular part on top, linear part below, as warp.sim's twists
    if kind == JointType.REVOLUTE:
        return wp.spatial_vector(axis_w, wp.cross(axis_w, p_ee - origin))
    return wp.spatial_vector(wp.vec3(0.0), axis_w)


@wp.kernel(enable_backward=False)
def ee_jacobian_columns(
    joint_type: wp.array[wp.int32],
    joint_child: wp.array[wp.int32],
    joint_X_c: wp.array[wp.transform],
    joint_axis: wp.array[wp.vec3],
    body_q: wp.array2d[wp.transform],
    joint_count: wp.int32,
    ee_body: wp.int32,
    ee_jacobian: wp.array2d[wp.spatial_vector],
):
    env, j = wp.tid()
    if j >= joint_count:
        return
    jtype = joint_type[j]
    if jtype == JointType.FIXED:
        return
    child = joint_child[j]
    X_wj = wp.transform_multiply(body_q[env, child], joint_X_c[j])
    origin = wp.transform_get_translation(X_wj)
    axis_w = wp.transform_vector(X_wj, joint_axis[j])
    X_we = body_q[env, ee_body]
    p_ee = wp.transform_get_translation(X_we)
    col = jacobian_column(jtype, axis_w, origin, p_ee)
    q_base = wp.transform_get_rotation(body_q[env, 0])
    col = wp.spatial_vector(wp.quat_rotate_inv(q_base, wp.spatial_top(col)), wp.quat_rotate_inv(q_base, wp.spatial_bottom(col)))
    ee_jacobian[env, j] = col
