import warp as wp


@wp.kernel
def mesh_box_query(
    mesh: wp.uint64,
    points: wp.array(dtype=wp.vec3),
    radius: float,
    hit_counts: wp.array(dtype=int),
    hit_points: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    x = points[tid]
    extent = wp.vec3(radius)
    query = wp.mesh_query_aabb(mesh, x - extent, x + extent)
    num_faces = int(0)
    best = x
    best_dist = float(1.0e10)
    for face in query:
        num_faces += 1
        for k in range(3):
            vertex = wp.mesh_get_index(mesh, face * 3 + k)
            q = wp.mesh_get_point(mesh, vertex)
            d = wp.length_sq(q - x)
            if d < best_dist:
                best_dist = d
                best = q
    hit_counts[tid] = num_faces
    hit_points[tid] = best
