import warp as wp


@wp.kernel
def emit_from_surface(
    collider_mesh: wp.uint64,
    face_count: wp.int32,
    seed: wp.int32,
    offset: float,
    sample_offset: wp.int32,
    points: wp.array[wp.vec3],
):
    tid = wp.tid()
    # continue the random stream where the previous batch stopped
    rng = wp.rand_init(seed, sample_offset + tid)
    tri = wp.randi(rng, 0, face_count)
    ru = wp.randf(rng)
    rv = wp.randf(rng)
    # uniform over the triangle: u = 1 - sqrt(r1), v = sqrt(r1) (1 - r2)
    su = wp.sqrt(ru)
    pos = wp.mesh_eval_position(collider_mesh, tri, 1.0 - su, su * (1.0 - rv))
    pos = pos + wp.mesh_eval_face_normal(collider_mesh, tri) * offset
    points[tid] = pos
