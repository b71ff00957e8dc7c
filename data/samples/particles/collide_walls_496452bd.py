import warp as wp


@wp.kernel
def collide_walls(
    particle_x: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    y_min: float,
    restitution: float,
):
    tid = wp.tid()
    x = particle_x[tid]
    v = velocities[tid]
    if x[1] < y_min:
        x = wp.vec3(x[0], y_min, x[2])
        v = wp.vec3(v[0], -v[1] * restitution, v[2])
    particle_x[tid] = x
    velocities[tid] = v
