import warp as wp


@wp.kernel
def apply_body_springs(
    spring_parent: wp.array[wp.int32],
    spring_child: wp.array[wp.int32],
    spring_parent_anchor: wp.array[wp.vec3],
    spring_child_anchor: wp.array[wp.vec3],
    body_q: wp.array2d[wp.transform],
    body_qd: wp.array2d[wp.spatial_vector],
    spring_rest_length: wp.array[float],
    spring_stiffness: wp.array[float],
    spring_kd: wp.array[float],
    spring_wrench_a: wp.array2d[wp.spatial_vector],
    spring_wrench_b: wp.array2d[wp.spatial_vector],
):
    world, spring = wp.tid()
    a = spring_parent[spring]
    b = spring_child[spring]
    if a < 0 and b < 0:
        return
    rest_length_i = spring_rest_length[spring]
    p_a = spring_parent_anchor[spring]
    p_b = spring_child_anchor[spring]
    twist_a = wp.spatial_vector()
    twist_b = wp.spatial_vector()
    if a >= 0:
        p_a = wp.transform_point(body_q[world, a], p_a)
        twist_a = body_qd[world, a]
    if b >= 0:
        p_b = wp.transform_point(body_q[world, b], p_b)
        twist_b = body_qd[world, b]
    d = p_b - p_a
    length = wp.length(d)
    if length < 1.0e-6:
        return
    n = d / length
    stretch = length - rest_length_i
    tension = spring_stiffness[spring] * stretch
    v_a = wp.spatial_bottom(twist_a) + wp.cross(wp.spatial_top(twist_a), p_a)
    v_b = wp.spatial_bottom(twist_b) + wp.cross(wp.spatial_top(twist_b), p_b)
    tension += spring_kd[spring] * wp.dot(n, v_b - v_a)
    f = n * tension
    spring_wrench_a[world, spring] = wp.spatial_vector(wp.cross(p_a, f), f)
    spring_wrench_b[world, spring] = -wp.spatial_vector(wp.cross(p_b, f), f)


@wp.kernel
def angular_part(
    body_vel: wp.array[wp.spatial_vector],
    active_count: wp.int32,
    omega_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    if tid >= active_count:
        return
    qd = body_vel[tid]
    omega_out[tid] = wp.spatial_top(qd)
