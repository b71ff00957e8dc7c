import warp as wp


@wp.struct
class Particle:
    x: wp.vec3
    v: wp.vec3


@wp.kernel
def update_particles(particles: wp.array[Particle], delta_time: float, drag: float):
    tid = wp.tid()
    p = particles[tid]
    p.v = p.v * (1.0 - drag * delta_time)
    p.x += p.v * delta_time
    particles[tid] = p
