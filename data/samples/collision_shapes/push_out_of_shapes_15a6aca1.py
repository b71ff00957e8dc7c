import warp as wp


@wp.kernel
def push_out_of_shapes(
    positions: wp.array(dtype=wp.vec3),
    particle_radius: wp.array(dtype=float),
    new_positions: wp.array(dtype=wp.vec3),
    contact_normals: wp.array(dtype=wp.vec3),
    up: wp.vec3,
    floor: float,
):
    tid = wp.tid()
    pos = positions[tid]
    r = particle_radius[tid]
    p = pos
    delta = p - (pos - up * (wp.dot(pos, up) - floor))
    dist = wp.length(delta)
    n = wp.vec3(0.0)
    if dist > 0.0 and dist < r:
        n = delta / dist
        p = p + n * (r - dist)
    new_positions[tid] = p
    contact_normals[tid] = n
