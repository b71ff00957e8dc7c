import warp as wp


@wp.func
def relative_damping(v: wp.vec3, n: wp.vec3, kd: float):
    vn = wp.dot(v, n)
    return -kd * vn * n


@wp.kernel
def sum_nearby(
    scene_bvh: wp.uint64,
    particle_x: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    normals: wp.array[wp.vec3],
    particle_radius: float,
    damping: float,
    particle_f: wp.array[wp.vec3],
):
    tid = wp.tid()
    p = particle_x[tid]
    query = wp.bvh_query_aabb(scene_bvh, p - wp.vec3(particle_radius), p + wp.vec3(particle_radius))
    total = wp.vec3()
    index = int(0)
    while wp.bvh_query_next(query, index):
        if index != tid:
            v = particle_v[index]
            vel = velocities[index]
            n = normals[index]
            f_damp = relative_damping(v - vel, n, damping)
            total += f_damp
    particle_f[tid] = total
