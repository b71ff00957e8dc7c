import warp as wp


@wp.kernel
def point_visibility(
    collider_mesh: wp.uint64,
    active: wp.array[int],
    positions: wp.array[wp.vec3],
    light_dir: wp.vec3,
    ray_length: float,
    thickness: float,
    shadow_mask: wp.array[float],
    inside: wp.array[int],
):
    tid = wp.tid()
    if active[tid] != 1:
        return
    x = positions[tid]
    # start just off the surface so the ray does not hit its own triangle
    start = x + light_dir * thickness
    lit = 1.0
    if wp.mesh_query_ray_anyhit(collider_mesh, start, light_dir, ray_length):
        lit = 0.0
    crossings = wp.mesh_query_ray_count_intersections(collider_mesh, x, wp.vec3(1.0, 0.0, 0.0))
    shadow_mask[tid] = lit
    inside[tid] = crossings % 2
