import warp as wp


@wp.kernel
def sample_mesh_sdf(
    mesh: wp.uint64,
    points: wp.array[wp.vec3],
    max_dist: float,
    theta: float,
    labels: wp.array[int],
):
    tid = wp.tid()
    p = points[tid]
    c = wp.cos(theta)
    s = wp.sin(theta)
    rp = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])
    q = wp.mesh_query_point_sign_parity(mesh, rp, max_dist)
    labels[tid] = 0
    if q.result and q.sign < 0.0:
        labels[tid] = 1
