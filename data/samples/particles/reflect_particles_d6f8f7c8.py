import warp as wp


@wp.kernel
def reflect_particles(
    item_count: wp.array[wp.int32],
    particle_v: wp.array[wp.vec3],
    y_min: float,
    bounce: float,
    particle_x: wp.array[wp.vec3],
    v_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    if tid >= item_count[0]:
        return
    x = particle_x[tid]
    v = particle_v[tid]
    if x[1] < y_min:
        x = wp.vec3(x[0], y_min, x[2])
        v = wp.vec3(v[0], -v[1] * bounce, v[2])
    particle_x[tid] = x
    v_out[tid] = v
