import warp as wp


@wp.kernel
def push_out_of_mesh(
    mesh: wp.uint64,
    points: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    max_dist: float,
):
    """Resolve penetrations: project inside points onto the closest surface point."""
    tid = wp.tid()
    x = points[tid]
    vel = velocities[tid]
    q = wp.mesh_query_point_sign_winding_number(mesh, x, max_dist)
    if q.result and q.sign < 0.0:
        cp = wp.mesh_eval_position(mesh, q.face, q.u, q.v)
        x = cp
        vel = wp.vec3(0.0)
    points[tid] = x
    velocities[tid] = vel
