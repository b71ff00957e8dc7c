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
    parent_q: wp.array(dtype=wp.transform),
    x: wp.array(dtype=wp.vec3),
    radii: wp.array(dtype=float),
    X_bs: wp.transform,
    box_size: wp.vec3,
    contact_normals: wp.array(dtype=wp.vec3),
    depths: wp.array(dtype=float),
):
    tid = wp.tid()
    X_parent = parent_q[tid]
    pose = wp.transform_multiply(X_parent, X_bs)
    p = x[tid]
    radius = radii[tid]
    p_local = wp.transform_point(wp.transform_inverse(pose), p)
    n_local, dist = box_contact(p_local, box_size)
    depth = radius - dist
    n = wp.vec3(0.0)
    if depth > 0.0:
        n = wp.transform_vector(pose, n_local)
    else:
        depth = 0.0
    contact_normals[tid] = n
    depths[tid] = depth
