import warp as wp


@wp.func
def capsule_closest_point(p: wp.vec3, a: wp.vec3, b: wp.vec3, radius: float):
    ab = b - a
    denom = wp.dot(ab, ab)
    t = float(0.0)
    if denom > 1.0e-12:
        t = wp.clamp(wp.dot(p - a, ab) / denom, 0.0, 1.0)
    axis_point = a + ab * t
    return axis_point + wp.normalize(p - axis_point) * radius


@wp.kernel
def solve_shape_contact(
    particle_x: wp.array[wp.vec3],
    capsule_b: wp.array[wp.vec3],
    segment_start: wp.vec3,
    radius: float,
    new_positions: wp.array[wp.vec3],
    contact_normals: wp.array[wp.vec3],
):
    """Move each particle out of the shape along the line to its closest surface point."""
    tid = wp.tid()
    x = particle_x[tid]
    b = capsule_b[tid]
    p = x
    delta = p - capsule_closest_point(x, segment_start, b, radius)
    dist = wp.length(delta)
    n = wp.vec3(0.0)
    if dist > 0.0 and dist < radius:
        n = delta / dist
        p = p + n * (radius - dist)
    new_positions[tid] = p
    contact_normals[tid] = n
