import warp as wp


@wp.func
def sphere_distance(p: wp.vec3, center: wp.vec3, radius: float):
    return wp.length(p - center) - radius


@wp.kernel
def detect_overlap(
    num_active: wp.array(dtype=wp.int32),
    x: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    sim_dt: float,
    shape_pos: wp.vec3,
    radius: float,
    margin: float,
    penetration: wp.array(dtype=float),
    num_contacts: wp.array(dtype=wp.int32),
):
    tid = wp.tid()
    if tid >= num_active[0]:
        return
    pos = x[tid]
    vel = v[tid]
    depth = margin - sphere_distance(pos + vel * sim_dt, shape_pos, radius)
    if depth > 0.0:
        wp.atomic_add(num_contacts, 0, 1)
    else:
        depth = 0.0
    penetration[tid] = depth
