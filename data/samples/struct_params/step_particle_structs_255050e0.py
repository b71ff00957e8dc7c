import warp as wp


@wp.struct
class Particle:
    position: wp.vec2
    velocity: wp.vec2


@wp.kernel
def step_particle_structs(particles: wp.array(dtype=Particle), dt: float):
    tid = wp.tid()
    p = particles[tid]
    p.position += p.velocity * dt
    particles[tid] = p
