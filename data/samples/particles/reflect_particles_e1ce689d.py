import warp as wp


@wp.kernel
def reflect_particles(
    mask: wp.array[int],
    pos: wp.array[wp.vec3],
    vel: wp.array[wp.vec3],
    x_min: float,
    x_max: float,
    bounce: float,
):
    tid = wp.tid()
    if mask[tid] == 0:
        return
    x = pos[tid]
    v = vel[tid]
    # side walls
    if x[0] < x_min:
        x[0] = x_min
        v[0] = -v[0] * bounce
    if x[0] > x_max:
        x[0] = x_max
        v[0] = -v[0] * bounce
    pos[tid] = x
    vel[tid] = v
