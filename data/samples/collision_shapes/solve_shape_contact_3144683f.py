import warp as wp


@wp.func
def closest_point_box(box_pose: wp.transform, half_extents: wp.vec3, p: wp.vec3):
    p_local = wp.transform_point(wp.transform_inverse(box_pose), p)
    clamped = wp.vec3(
        wp.clamp(p_local[0], -half_extents[0], half_extents[0]),
        wp.clamp(p_local[1], -half_extents[1], half_extents[1]),
        wp.clamp(p_local[2], -half_extents[2], half_extents[2]),
    )
    return wp.transform_point(box_pose, clamped)


@wp.kernel
def solve_shape_contact(
    positions: wp.array[wp.vec3],
    radii: wp.array[float],
    new_positions: wp.array[wp.vec3],
    normals_out: wp.array[wp.vec3],
    body_xform: wp.transform,
    half_extents: wp.vec3,
):
    tid = wp.tid()
    pos = positions[tid]
    radius = radii[tid]
    p = pos
    delta = p - closest_point_box(body_xform, half_extents, pos)
    dist = wp.length(delta)
    n = wp.vec3(0.0)
    if dist > 0.0 and dist < radius:
        n = delta / dist
        p = p + n * (radius - dist)
    new_positions[tid] = p
    normals_out[tid] = n
