import warp as wp


@wp.kernel
def body_spring_wrenches(
    world_spring_start: wp.array[int],
    world_spring_count: wp.array[int],
    spring_parent: wp.array[int],
    spring_child: wp.array[int],
    spring_parent_anchor: wp.array[wp.vec3],
    spring_child_anchor: wp.array[wp.vec3],
    body_q: wp.array[wp.transform],
    body_qd: wp.array[wp.spatial_vector],
    spring_length0: wp.array[float],
    spring_ke: wp.array[float],
    spring_damping: wp.array[float],
    spring_count: int,
    max_spring_force: float,
    body_f: wp.array[wp.spatial_vector],
):
    world, s = wp.tid()
    if s >= spring_count or s >= world_spring_count[world]:
        return
    spring = world_spring_start[world] + s
    a = spring_parent[spring]
    b = spring_child[spring]
    if a < 0 and b < 0:
        return
    rest_length_cur = spring_length0[spring]
    ke = spring_ke[spring]
    kd = spring_damping[spring]
    p_a = spring_parent_anchor[spring]
    p_b = spring_child_anchor[spring]
    twist_a = wp.spatial_vector()
    twist_b = wp.spatial_vector()
    if a >= 0:
        p_a = wp.transform_point(body_q[a], p_a)
        twist_a = body_qd[a]
    if b >= 0:
        p_b = wp.transform_point(body_q[b], p_b)
        twist_b = body_qd[b]
    d = p_b - p_a
    length = wp.length(d)
    if length < 1.0e-6:
        return
    n = d / length
    stretch = length - rest_length_cur
    tension = ke * stretch
    v_a = wp.spatial_bottom(twist_a) + wp.cross(wp.spatial_top(twist_a), p_a)
    v_b = wp.spatial_bottom(twist_b) + wp.cross(wp.spatial_top(twist_b), p_b)
    tension += kd * wp.dot(n, v_b - v_a)
    tension = wp.clamp(tension, -max_spring_force, max_spring_force)
    f = n * tension
    if a >= 0:
        wp.atomic_add(body_f, a, wp.spatial_vector(wp.cross(p_a, f), f))
    if b >= 0:
        wp.atomic_sub(body_f, b, wp.spatial_vector(wp.cross(p_b, f), f))
