import warp as wp


@wp.kernel
def resolve_contacts(
    mesh_id: wp.uint64,
    positions: wp.array[wp.vec3],
    contact_normals: wp.array[wp.vec3],
    max_dist: float,
    particle_radius: float,
):
    tid = wp.tid()
    x = positions[tid]
    closest = x
    query = wp.mesh_query_point_no_sign(mesh_id, x, max_dist)
    if query.result:
        closest = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)
    p = x
    delta = p - closest
    dist = wp.length(delta)
    n = wp.vec3(0.0)
    if dist > 0.0 and dist < particle_radius:
        n = delta / dist
        p = p + n * (particle_radius - dist)
    positions[tid] = p
    contact_normals[tid] = n
