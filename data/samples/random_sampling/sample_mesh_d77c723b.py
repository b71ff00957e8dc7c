import warp as wp


@wp.kernel
def sample_mesh(
    collider_mesh: wp.uint64,
    num_faces: wp.int32,
    seed: wp.int32,
    offset: wp.int32,
    points: wp.array[wp.vec3],
    faces: wp.array[wp.int32],
):
    tid = wp.tid()
    rng = wp.rand_init(seed, offset + tid)
    tri = wp.randi(rng, 0, num_faces)
    ru = wp.randf(rng)
    rv = wp.randf(rng)
    su = wp.sqrt(ru)
    pos = wp.mesh_eval_position(collider_mesh, tri, 1.0 - su, su * (1.0 - rv))
    points[tid] = pos
    faces[tid] = tri


@wp.kernel
def importance_resample(
    probabilities: wp.array[float],
    positions: wp.array[wp.vec3],
    strength: wp.array[float],
    samples: wp.array[wp.vec3],
    seed: wp.int32,
):
    tid = wp.tid()
    rng = wp.rand_init(seed, tid)
    scale = strength[0]
    index = wp.sample_cdf(rng, probabilities)
    # copies of the same point would stay together without the jitter
    samples[tid] = positions[index] + wp.sample_unit_hemisphere(rng) * scale
