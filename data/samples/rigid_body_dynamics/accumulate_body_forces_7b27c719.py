import warp as wp


@wp.kernel
def accumulate_body_forces(
    contact_body: wp.array[int],
    poses: wp.array[wp.transform],
    com: wp.array[wp.vec3],
    positions: wp.array[wp.vec3],
    stiffness: float,
    target: wp.vec3,
    body_f_out: wp.array[wp.spatial_vector],
):
    """Scatter point forces into body wrenches."""
    tid = wp.tid()
    body = contact_body[tid]
    # points not attached to any body
    if body < 0:
        return
    x = positions[tid]
    f = stiffness * (target - x)
    x_com = wp.transform_point(poses[body], com[body])
    r = x - x_com
    wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))
