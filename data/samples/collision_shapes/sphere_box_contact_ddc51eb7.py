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
def sphere_box_contact(
    body_q: wp.array[wp.transform],
    positions: wp.array[wp.vec3],
    contact_normals: wp.array[wp.vec3],
    penetration: wp.array[float],
    box_size: wp.vec3,
    smoothing_length: float,
):
    tid = wp.tid()
    p = positions[tid]
    p_local = wp.transform_point(wp.transform_inverse(body_q[tid]), p)
    n_local, dist = box_contact(p_local, box_size)
    depth = smoothing_length - dist
    n = wp.vec3(0.0)
    if depth > 0.0:
        n = wp.transform_vector(body_q[tid], n_local)
    else:
        depth = 0.0
    contact_normals[tid] = n
    penetration[tid] = depth
