import warp as wp


@wp.kernel
def push_out_of_shapes(
    positions: wp.array(dtype=wp.vec3),
    v: wp.array(dtype=wp.vec3),
    x_out: wp.array(dtype=wp.vec3),
    normals_out: wp.array(dtype=wp.vec3),
    sphere_center: wp.vec3,
    dt: float,
    radius: float,
):
    """Move each particle out of the shape along the line to its closest surface point."""
    tid = wp.tid()
    pos = positions[tid]
    vel = v[tid]
    p = pos
    delta = p - (sphere_center + wp.normalize((sphere_center + vel * dt) - sphere_center) * radius)
    dist = wp.length(delta)
    n = wp.vec3(0.0)
    if dist > 0.0 and dist < radius:
        n = delta / dist
        p = p + n * (radius - dist)
    x_out[tid] = p
    normals_out[tid] = n
