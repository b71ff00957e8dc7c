import warp as wp


@wp.struct
class Particle:
    x: wp.vec2
    v: wp.vec2


@wp.kernel
def step_particle_structs(particles: wp.array(dtype=Particle), delta_time: float, damping: float):
    tid = wp.tid()
    p = particles[tid]
    p.v = p.v * (1.0 - damping * delta_time)
    p.x += p.v * delta_time
    particles[tid] = p
