import warp as wp


@wp.kernel
def eval_body_contacts(
    shape_body: wp.array[int],
    poses: wp.array[wp.transform],
    body_com: wp.array[wp.vec3],
    positions: wp.array[wp.vec3],
    particle_f: wp.array[wp.vec3],
    body_f_out: wp.array[wp.spatial_vector],
):
    """Add each contact force, and its torque about the body's center of mass, to the body it acts on."""
    tid = wp.tid()
    body = shape_body[tid]
    # points not attached to any body
    if body < 0:
        return
    f = particle_f[tid]
    x_com = wp.transform_point(poses[body], body_com[body])
    r = positions[tid] - x_com
    wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))
