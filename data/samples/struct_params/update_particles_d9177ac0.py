import warp as wp


@wp.struct
class Particle:
    position: wp.vec3
    velocity: wp.vec3


@wp.kernel
def update_particles(particles: wp.array[Particle], num_items: wp.int32, time_step: float):
    tid = wp.tid()
    if tid >= num_items:
        return
    p = particles[tid]
    p.position += p.velocity * time_step
    particles[tid] = p
