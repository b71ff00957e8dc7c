import warp as wp


@wp.kernel
def resolve_contacts(
    mesh: wp.uint64,
    x: wp.array[wp.vec3],
    x_out: wp.array[wp.vec3],
    normals_out: wp.array[wp.vec3],
    num_active: int,
    max_dist: float,
    radius: float,
):
    tid = wp.tid()
    if tid >= num_active:
        return
    pos = x[tid]
    closest = pos
    query = wp.mesh_query_point_no_sign(mesh, pos, max_dist)
    if query.result:
        closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)
    p = pos
    delta = p - closest
    dist = wp.length(delta)
    n = wp.vec3(0.0)
    if dist > 0.0 and dist < radius:
        n = delta / dist
        p = p + n * (radius - dist)
    x_out[tid] = p
    normals_out[tid] = n
