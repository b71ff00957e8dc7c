import warp as wp


@wp.struct
class Particle:
    position: wp.vec3
    velocity: wp.vec3


@wp.kernel
def step_particle_structs(particles: wp.array[Particle], dt: float, k_damp: float):
    tid = wp.tid()
    p = particles[tid]
    p.velocity = p.velocity * (1.0 - k_damp * dt)
    p.position = p.position + p.velocity * dt
    particles[tid] = p
