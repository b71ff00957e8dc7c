import warp as wp


@wp.struct
class Particle:
    position: wp.vec3
    velocity: wp.vec3


@wp.kernel
def update_particles(
    particles: wp.array(dtype=Particle),
    dt: float,
    particle_a: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    p = particles[tid]
    p.velocity = p.velocity + particle_a[tid] * dt
    p.position = p.position + p.velocity * dt
    particles[tid] = p
