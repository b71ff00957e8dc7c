import warp as wp


@wp.kernel
def apply_contact_wrenches(
    particle_body: wp.array(dtype=int),
    body_q: wp.array(dtype=wp.transform),
    com: wp.array(dtype=wp.vec3),
    particle_x: wp.array(dtype=wp.vec3),
    particle_f: wp.array(dtype=wp.vec3),
    body_f_out: wp.array(dtype=wp.spatial_vector),
):
    tid = wp.tid()
    body = particle_body[tid]
    # points not attached to any body
    if body < 0:
        return
    f = particle_f[tid]
    x_com = wp.transform_point(body_q[body], com[body])
    r = particle_x[tid] - x_com
    wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))
