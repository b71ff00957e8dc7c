import warp as wp


@wp.struct
class Particle:
    pos: wp.vec3
    vel: wp.vec3


@wp.kernel
def step_particle_structs(particles: wp.array(dtype=Particle), delta_time: float, kd: float):
    """Semi-implicit Euler on particle records: velocity first, then position."""
    tid = wp.tid()
    p = particles[tid]
    p.vel = p.vel * (1.0 - kd * delta_time)
    p.pos += p.vel * delta_time
    particles[tid] = p
