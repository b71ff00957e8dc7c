import warp as wp


@wp.func
def closest_point_capsule(p: wp.vec3, a: wp.vec3, b: wp.vec3, radius: float):
    ab = b - a
    denom = wp.dot(ab, ab)
    t = float(0.0)
    if denom > 1.0e-12:
        t = wp.clamp(wp.dot(p - a, ab) / denom, 0.0, 1.0)
    axis_point = a + ab * t
    return axis_point + wp.normalize(p - axis_point) * radius


@wp.kernel
def project_particles(
    points: wp.array[wp.vec3],
    capsule_a: wp.array[wp.vec3],
    segment_ends: wp.array[wp.vec3],
    radius: float,
    contact_normals: wp.array[wp.vec3],
):
    tid = wp.tid()
    pos = points[tid]
    a = capsule_a[tid]
    b = segment_ends[tid]
    p = pos
    delta = p - closest_point_capsule(pos, a, b, radius)
    dist = wp.length(delta)
    n = wp.vec3(0.0)
    if dist > 0.0 and dist < radius:
        n = delta / dist
        p = p + n * (radius - dist)
    points[tid] = p
    contact_normals[tid] = n
