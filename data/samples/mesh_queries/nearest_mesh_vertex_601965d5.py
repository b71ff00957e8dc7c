import warp as wp


@wp.kernel
def nearest_mesh_vertex(
    mesh_id: wp.uint64,
    particle_inv_mass: wp.array[float],
    particle_x: wp.array[wp.vec3],
    particle_radius: wp.array[float],
    hit_counts: wp.array[int],
    hit_points: wp.array[wp.vec3],
):
    """Find the nearest mesh vertex among the faces that overlap a box around each point."""
    tid = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if particle_inv_mass[tid] == 0.0:
        return
    p = particle_x[tid]
    query = wp.mesh_query_sphere(mesh_id, p, particle_radius[tid])
    num_faces = int(0)
    best = p
    best_dist = float(1.0e10)
    face = int(0)
    while wp.mesh_query_next(query, face):
        num_faces += 1
        for k in range(3):
            vertex = wp.mesh_get_index(mesh_id, face * 3 + k)
            q = wp.mesh_get_point(mesh_id, vertex)
            d = wp.length_sq(q - p)
            if d < best_dist:
                best_dist = d
                best = q
    hit_counts[tid] = num_faces
    hit_points[tid] = best
