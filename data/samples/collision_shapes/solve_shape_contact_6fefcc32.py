import warp as wp


@wp.kernel
def solve_shape_contact(
    positions: wp.array[wp.vec3],
    x: wp.array[wp.vec3],
    normals_out: wp.array[wp.vec3],
    center: wp.vec3,
    radius: float,
):
    tid = wp.tid()
    pos = x[tid]
    p = positions[tid]
    delta = p - (center + wp.normalize(pos - center) * radius)
    dist = wp.length(delta)
    n = wp.vec3(0.0)
    if dist > 0.0 and dist < radius:
        n = delta / dist
        p = p + n * (radius - dist)
    positions[tid] = p
    normals_out[tid] = n
