import warp as wp


@wp.kernel
def rotate_positions(
    particle_x: wp.array[wp.vec3],
    target: wp.vec3,
    angular_freq: float,
    sim_time: float,
    points_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    x = particle_x[tid]
    a = angular_freq * sim_time
    c = wp.cos(a)
    s = wp.sin(a)
    p = x - target
    # rotation about the y axis
    q = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])
    points_out[tid] = target + q
