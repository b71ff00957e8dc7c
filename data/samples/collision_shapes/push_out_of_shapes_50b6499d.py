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
def push_out_of_shapes(
    velocities: wp.array[wp.vec3],
    segment_starts: wp.array[wp.vec3],
    segment_ends: wp.array[wp.vec3],
    delta_time: float,
    smoothing_length: float,
    positions: wp.array[wp.vec3],
    normals_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    x = positions[tid]
    v = velocities[tid]
    a = segment_starts[tid]
    p = x
    delta = p - closest_point_capsule(x + v * delta_time, a, segment_ends[tid], smoothing_length)
    dist = wp.length(delta)
    n = wp.vec3(0.0)
    if dist > 0.0 and dist < smoothing_length:
        n = delta / dist
        p = p + n * (smoothing_length - dist)
    positions[tid] = p
    normals_out[tid] = n
