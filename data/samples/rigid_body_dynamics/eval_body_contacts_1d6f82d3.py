import warp as wp


@wp.func
def pair_repulsion(xi: wp.vec3, xj: wp.vec3, radius: float, k: float):
    delta = xi - xj
    dist = wp.length(delta)
    result = wp.vec3()
    if dist < 2.0 * radius and dist > 0.0:
        result = delta / dist * (k * (2.0 * radius - dist))
    return result


@wp.kernel
def eval_body_contacts(
    body_inv_mass: wp.array[float],
    shape_body: wp.array[wp.int32],
    body_q: wp.array[wp.transform],
    body_com: wp.array[wp.vec3],
    particle_x: wp.array[wp.vec3],
    positions: wp.array[wp.vec3],
    particle_radius: float,
    stiffness: float,
    body_f_out: wp.array[wp.spatial_vector],
):
    tid = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if body_inv_mass[tid] == 0.0:
        return
    body = shape_body[tid]
    # points not attached to any body
    if body < 0:
        return
    x = particle_x[tid]
    f_pair = pair_repulsion(x, positions[tid], particle_radius, stiffness)
    x_com = wp.transform_point(body_q[body], body_com[body])
    r = x - x_com
    wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f_pair), f_pair))
