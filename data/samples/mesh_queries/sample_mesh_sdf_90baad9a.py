import warp as wp


@wp.kernel
def sample_mesh_sdf(
    mesh_id: wp.uint64,
    samples: wp.array(dtype=wp.vec3),
    inside: wp.array(dtype=int),
    max_dist: float,
    theta: float,
):
    tid = wp.tid()
    p = samples[tid]
    # query the mesh in its rotated frame
    c = wp.cos(theta)
    s = wp.sin(theta)
    rp = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])
    q = wp.mesh_query_point_sign_parity(mesh_id, rp, max_dist)
    inside[tid] = 0
    if q.result and q.sign < 0.0:
        inside[tid] = 1
