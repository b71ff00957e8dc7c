import warp as wp


@wp.func
def relative_damping(v: wp.vec3, n: wp.vec3, kd: float):
    vn = wp.dot(v, n)
    return -kd * vn * n


@wp.kernel
def accumulate_overlaps(
    bvh: wp.uint64,
    particle_x: wp.array(dtype=wp.vec3),
    particle_radius: wp.array(dtype=float),
    particle_v: wp.array(dtype=wp.vec3),
    velocities: wp.array(dtype=wp.vec3),
    normals: wp.array(dtype=wp.vec3),
    kd: float,
    particle_f: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    pos = particle_x[tid]
    r = particle_radius[tid]
    query = wp.bvh_query_sphere(bvh, pos, r)
    total = wp.vec3()
    index = int(0)
    while wp.bvh_query_next(query, index):
        if index != tid:
            v = particle_v[index]
            vel = velocities[index]
            n = normals[index]
            drag = relative_damping(v - vel, n, kd)
            total += drag
    particle_f[tid] = total
