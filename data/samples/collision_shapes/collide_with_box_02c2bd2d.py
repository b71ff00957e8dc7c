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
def collide_with_box(
    num_active: wp.array[wp.int32],
    transforms: wp.array[wp.transform],
    x: wp.array[wp.vec3],
    radii: wp.array[float],
    box_size: wp.vec3,
    normals_out: wp.array[wp.vec3],
    penetration: wp.array[float],
):
    tid = wp.tid()
    if tid >= num_active[0]:
        return
    X_wb = transforms[tid]
    p = x[tid]
    r = radii[tid]
    p_local = wp.transform_point(wp.transform_inverse(X_wb), p)
    n_local, dist = box_contact(p_local, box_size)
    depth = r - dist
    n = wp.vec3(0.0)
    if depth > 0.0:
        n = wp.transform_vector(X_wb, n_local)
    else:
        depth = 0.0
    normals_out[tid] = n
    penetration[tid] = depth
