import warp as wp


TWO_PI = wp.constant(2.0 * wp.pi)


@wp.kernel
def init_ring(particle_x: wp.array[wp.vec3], target: wp.vec3, radius: float):
    tid = wp.tid()
    theta = TWO_PI * float(tid) / float(particle_x.shape[0])
    cos_t = wp.cos(theta)
    sin_t = wp.sin(theta)
    particle_x[tid] = target + wp.vec3(radius * cos_t, 0.0, radius * sin_t)
