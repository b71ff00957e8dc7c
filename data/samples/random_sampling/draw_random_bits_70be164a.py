import warp as wp


@wp.kernel
def draw_random_bits(seed: wp.int32, seeds_out: wp.array[wp.int32]):
    """Random 32-bit keys, e.g. for a random permutation by sorting."""
    tid = wp.tid()
    rng = wp.rand_init(seed, tid)
    seeds_out[tid] = int(wp.randu(rng) % wp.uint32(seeds_out.shape[0]))


@wp.kernel
def scatter_on_mesh(
    mesh_id: wp.uint64,
    face_ids: wp.array[wp.int32],
    seed: wp.int32,
    positions: wp.array[wp.vec3],
    face_normals: wp.array[wp.vec3],
):
    """Sample the surface of the mesh, one point per thread."""
    tid = wp.tid()
    rng = wp.rand_init(seed, tid)

    # each sample belongs to one of the emitting faces
    tri = face_ids[tid]
    ru = wp.randf(rng)
    rv = wp.randf(rng)
    # fold samples from the far half of the square back into the triangle
    if ru + rv > 1.0:
        ru = 1.0 - ru
        rv = 1.0 - rv
    pos = wp.mesh_eval_position(mesh_id, tri, ru, rv)
    positions[tid] = pos
    face_normals[tid] = wp.mesh_eval_face_normal(mesh_id, tri)
