import warp as wp


@wp.struct
class Particle:
    pos: wp.vec3
    vel: wp.vec3


@wp.kernel
def step_particle_structs(particles: wp.array(dtype=Particle), dt: float, kd: float):
    tid = wp.tid()
    p = particles[tid]
    p.vel = p.vel * (1.0 - kd * dt)
    p.pos += p.vel * dt
    particles[tid] = p
