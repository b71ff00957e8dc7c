import warp as wp


@wp.func
def moment_arm(X_wb: wp.transform, com: wp.vec3, p: wp.vec3) -> wp.vec3:
    # from the body's centre of mass, in the world frame
    return p - wp.transform_point(X_wb, com)


@wp.kernel
def apply_body_springs(
    world_spring_start: wp.array(dtype=wp.int32),
    world_spring_count: wp.array(dtype=wp.int32),
    spring_body_a: wp.array(dtype=wp.int32),
    spring_body_b: wp.array(dtype=wp.int32),
    spring_anchor_a: wp.array(dtype=wp.vec3),
    spring_anchor_b: wp.array(dtype=wp.vec3),
    body_q: wp.array(dtype=wp.transform),
    body_com: wp.array(dtype=wp.vec3),
    spring_rest_length: wp.array(dtype=float),
    spring_stiffness: wp.array(dtype=float),
    body_f: wp.array(dtype=wp.spatial_vector),
):
    """Springs between pairs of bodies in every world, attached at body-local anchors; a body index of -1 pins that end to the world. The wrenches are added to both bodies."""
    world, s = wp.tid()
    if s >= world_spring_count[world]:
        return
    spring = world_spring_start[world] + s
    a = spring_body_a[spring]
    b = spring_body_b[spring]
    if a < 0 and b < 0:
        return
    p_a = spring_anchor_a[spring]
    p_b = spring_anchor_b[spring]
    r_a = wp.vec3()
    r_b = wp.vec3()
    if a >= 0:
        X_wa = body_q[a]
        p_a = wp.transform_point(X_wa, p_a)
        r_a = moment_arm(X_wa, body_com[a], p_a)
    if b >= 0:
        X_wb = body_q[b]
        p_b = wp.transform_point(X_wb, p_b)
        r_b = moment_arm(X_wb, body_com[b], p_b)
    d = p_b - p_a
    length = wp.length(d)
    if length < 1.0e-6:
        return
    n = d / length
    stretch = length - spring_rest_length[spring]
    tension = spring_stiffness[spring] * stretch
    f = n * tension
    if a >= 0:
        wp.atomic_add(body_f, a, wp.spatial_vector(wp.cross(r_a, f), f))
    if b >= 0:
        wp.atomic_sub(body_f, b, wp.spatial_vector(wp.cross(r_b, f), f))
