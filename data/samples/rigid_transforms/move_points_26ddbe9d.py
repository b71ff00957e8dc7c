import warp as wp


@wp.kernel
def move_points(
    model_matrices: wp.array(dtype=wp.mat44),
    vertices: wp.array(dtype=wp.vec3),
    world_points: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    M = model_matrices[tid]
    p = vertices[tid]
    world_points[tid] = wp.transform_point(M, p)
