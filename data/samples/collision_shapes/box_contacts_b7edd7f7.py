import warp as wp


@wp.func
def box_contact(p_local: wp.vec3, half_extents: wp.vec3):
    closest = wp.vec3(
        wp.clamp(p_local[0], -half_extents[0], half_extents[0]),
        wp.clamp(p_local[1], -half_extents[1], half_extents[1]),
        wp.clamp(p_local[2], -half_extents[2], half_extents[2]),
    )
    delta = p_local - closest
    dist = wp.length(delta)
    return delta / wp.max(dist, 1.0e-6), dist


@wp.kernel
def box_contacts(
    poses: wp.array[wp.transform],
    positions: wp.array[wp.vec3],
    box_extents: wp.vec3,
    smoothing_length: float,
    contact_normals: wp.array[wp.vec3],
    contact_depth: wp.array[float],
):
    tid = wp.tid()
    X_wb = poses[tid]
    p_local = wp.transform_point(wp.transform_inverse(X_wb), positions[tid])
    n_local, dist = box_contact(p_local, box_extents)
    depth = smoothing_length - dist
    n = wp.vec3(0.0)
    if depth > 0.0:
        n = wp.transform_vector(X_wb, n_local)
    else:
        depth = 0.0
    contact_normals[tid] = n
    contact_depth[tid] = depth
