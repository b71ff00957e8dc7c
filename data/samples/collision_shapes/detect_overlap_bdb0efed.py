import warp as wp


@wp.func
def capsule_sdf(p: wp.vec3, radius: float, half_height: float):
    # capsule along the local y axis
    axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)
    return wp.length(p - axis_point) - radius


@wp.kernel
def detect_overlap(
    local_points: wp.array[wp.vec3],
    half_heights: wp.array[float],
    radius: float,
    margin: float,
    depths: wp.array[float],
    contact_count: wp.array[int],
):
    tid = wp.tid()
    x_local = local_points[tid]
    half_height = half_heights[tid]
    depth = margin - capsule_sdf(x_local, radius, half_height)
    if depth > 0.0:
        wp.atomic_add(contact_count, 0, 1)
    else:
        depth = 0.0
    depths[tid] = depth
