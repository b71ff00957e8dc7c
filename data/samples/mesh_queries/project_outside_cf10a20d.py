import warp as wp


@wp.kernel
def project_outside(
    target_mesh: wp.uint64,
    particle_inv_mass: wp.array[float],
    query_radius: float,
    points: wp.array[wp.vec3],
):
    tid = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if particle_inv_mass[tid] == 0.0:
        return
    x = points[tid]
    q = wp.mesh_query_point_sign_winding_number(target_mesh, x, query_radius)
    if q.result and q.sign < 0.0:
        cp = wp.mesh_eval_position(target_mesh, q.face, q.u, q.v)
        x = cp
    points[tid] = x
