import warp as wp


MAX_ITERS = wp.constant(64)


@wp.kernel
def fixed_point_solve(
    collider_mesh: wp.uint64,
    points: wp.array(dtype=wp.vec3),
    target: float,
    query_radius: float,
    sigma: float,
    tolerance: float,
    roots: wp.array(dtype=float),
    iterations: wp.array(dtype=int),
):
    tid = wp.tid()

    # signed distance to the mesh (negative inside)
    query_point = points[tid]
    sdf = query_radius
    query = wp.mesh_query_point_sign_normal(collider_mesh, query_point, query_radius)
    if query.result:
        p_surface = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)
        sdf = wp.length(query_point - p_surface) * query.sign
    # the map is a contraction, and damping by omega in (0, 1] keeps it one
    omega = wp.clamp(0.5 * wp.erfc(sdf / (1.41421356 * sigma)), 0.1, 1.0)
    x = target
    delta = float(1.0)
    it = int(0)
    while delta > tolerance and it < MAX_ITERS:
        x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)
        delta = wp.abs(x_next - x)
        x = x_next
        it += 1
    roots[tid] = x
    iterations[tid] = it
