import warp as wp


@wp.kernel
def transform_points(
    points_out: wp.array[wp.vec3],
    normals: wp.array[wp.vec3],
    world_xform: wp.transform,
    local_offset: wp.vec3,
    body_axis: wp.vec3,
):
    tid = wp.tid()
    X_w = world_xform
    points_out[tid] = wp.transform_point(X_w, local_offset)
    # directions rotate but do not translate
    normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))
