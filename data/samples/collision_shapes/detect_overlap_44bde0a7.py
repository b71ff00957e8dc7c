import warp as wp


@wp.func
def sdf_capsule(p: wp.vec3, radius: float, half_height: float):
    # capsule along the local y axis
    axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)
    return wp.length(p - axis_point) - radius


@wp.kernel
def detect_overlap(
    num_active: wp.array[int],
    local_points: wp.array[wp.vec3],
    half_heights: wp.array[float],
    radius: float,
    thickness: float,
    contact_depth: wp.array[float],
    num_contacts: wp.array[int],
):
    tid = wp.tid()
    if tid >= num_active[0]:
        return
    p_local = local_points[tid]
    hh = half_heights[tid]
    depth = thickness - sdf_capsule(p_local, radius, hh)
    if depth > 0.0:
        wp.atomic_add(num_contacts, 0, 1)
    else:
        depth = 0.0
    contact_depth[tid] = depth
