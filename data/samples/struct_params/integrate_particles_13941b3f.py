import warp as wp


@wp.struct
class Particle:
    pos: wp.vec3
    vel: wp.vec3


@wp.kernel
def integrate_particles(particles: wp.array(dtype=Particle), delta_time: float, damping: float):
    """Semi-implicit Euler on particle records: velocity first, then position."""
    tid = wp.tid()
    p = particles[tid]
    p.vel = p.vel * (1.0 - damping * delta_time)
    p.pos = p.pos + p.vel * delta_time
    particles[tid] = p
