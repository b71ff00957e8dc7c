import warp as wp


@wp.func
def box_closest_point(box_pose: wp.transform, half_extents: wp.vec3, p: wp.vec3):
    p_local = wp.transform_point(wp.transform_inverse(box_pose), p)
    clamped = wp.vec3(
        wp.clamp(p_local[0], -half_extents[0], half_extents[0]),
        wp.clamp(p_local[1], -half_extents[1], half_extents[1]),
        wp.clamp(p_local[2], -half_extents[2], half_extents[2]),
    )
    return wp.transform_point(box_pose, clamped)


@wp.kernel
def resolve_contacts(
    positions: wp.array[wp.vec3],
    poses: wp.array[wp.transform],
    new_positions: wp.array[wp.vec3],
    normals_out: wp.array[wp.vec3],
    half_extents: wp.vec3,
    particle_radius: float,
):
    tid = wp.tid()
    x = positions[tid]
    X_wb = poses[tid]
    p = x
    delta = p - box_closest_point(X_wb, half_extents, x)
    dist = wp.length(delta)
    n = wp.vec3(0.0)
    if dist > 0.0 and dist < particle_radius:
        n = delta / dist
        p = p + n * (particle_radius - dist)
    new_positions[tid] = p
    normals_out[tid] = n
