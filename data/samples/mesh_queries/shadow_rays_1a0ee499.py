import warp as wp


@wp.kernel
def shadow_rays(
    mesh: wp.uint64,
    visibility: wp.array[float],
    inside: wp.array[int],
    root_xform: wp.transform,
    light_dir: wp.vec3,
    max_t: float,
    thickness: float,
):
    tid = wp.tid()
    x = wp.transform_get_translation(root_xform)
    # start just off the surface so the ray does not hit its own triangle
    start = x + light_dir * thickness
    lit = 1.0
    if wp.mesh_query_ray_anyhit(mesh, start, light_dir, max_t):
        lit = 0.0
    crossings = wp.mesh_query_ray_count_intersections(mesh, x, wp.vec3(1.0, 0.0, 0.0))
    visibility[tid] = lit
    inside[tid] = crossings % 2
