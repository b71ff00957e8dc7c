import warp as wp


@wp.kernel
def eval_body_contacts(
    particle_body: wp.array[wp.int32],
    body_q: wp.array[wp.transform],
    com: wp.array[wp.vec3],
    x: wp.array[wp.vec3],
    v: wp.array[wp.vec3],
    kd: float,
    body_f_out: wp.array[wp.spatial_vector],
):
    """Add each contact force, and its torque about the body's center of mass, to the body it acts on."""
    tid = wp.tid()
    body = particle_body[tid]
    # points not attached to any body
    if body < 0:
        return
    p = x[tid]
    vel = v[tid]
    force = -kd * vel
    x_com = wp.transform_point(body_q[body], com[body])
    r = p - x_com
    wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, force), force))
