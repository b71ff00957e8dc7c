import warp as wp


@wp.kernel
def sky_visibility(
    collider_mesh: wp.uint64,
    points: wp.array[wp.vec3],
    normals: wp.array[wp.vec3],
    seed: int,
    samples_per_thread: int,
    max_t: float,
    visibility: wp.array[float],
):
    tid = wp.tid()
    n_surf = normals[tid]
    # offset the start so rays do not hit the surface they leave
    start = points[tid] + n_surf * 1.0e-3
    escaped = int(0)
    for s in range(samples_per_thread):
        rng = wp.rand_init(seed, tid * samples_per_thread + s)
        d = wp.sample_unit_sphere_surface(rng)
        # mirror into the hemisphere around the normal
        if wp.dot(d, n_surf) < 0.0:
            d = -d
        if not wp.mesh_query_ray_anyhit(collider_mesh, start, d, max_t):
            escaped += 1
    visibility[tid] = float(escaped) / float(wp.max(samples_per_thread, 1))
