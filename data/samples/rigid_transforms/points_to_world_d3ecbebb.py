import warp as wp


@wp.kernel
def points_to_world(
    body_q: wp.array[wp.transform],
    world_points: wp.array[wp.vec3],
    normals: wp.array[wp.vec3],
    local_offset: wp.vec3,
    body_axis: wp.vec3,
):
    """Move body-frame points and normals into the world frame."""
    tid = wp.tid()
    X_wb = body_q[tid]
    X_w = X_wb
    world_points[tid] = wp.transform_point(X_w, local_offset)
    # directions rotate but do not translate
    normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))
