import warp as wp


@wp.kernel
def sample_mesh(
    collider_mesh: wp.uint64,
    faces: wp.array[wp.int32],
    seed: wp.int32,
    offset: float,
    positions: wp.array[wp.vec3],
):
    """Sample the surface of the mesh, one point per thread."""
    tid = wp.tid()
    rng = wp.rand_init(seed, tid)

    # each sample belongs to one of the emitting faces
    tri = faces[tid]
    ru = wp.randf(rng)
    rv = wp.randf(rng)
    # uniform over the triangle: u = 1 - sqrt(r1), v = sqrt(r1) (1 - r2)
    su = wp.sqrt(ru)
    pos = wp.mesh_eval_position(collider_mesh, tri, 1.0 - su, su * (1.0 - rv))
    pos = pos + wp.mesh_eval_face_normal(collider_mesh, tri) * offset
    positions[tid] = pos
