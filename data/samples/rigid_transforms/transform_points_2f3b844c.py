import warp as wp


@wp.kernel
def transform_points(
    parent_q: wp.array[wp.transform],
    points: wp.array[wp.vec3],
    shape_xform: wp.transform,
    world_points: wp.array[wp.vec3],
):
    tid = wp.tid()
    X_wp = parent_q[tid]
    world_points[tid] = wp.transform_point(wp.transform_multiply(X_wp, shape_xform), points[tid])
