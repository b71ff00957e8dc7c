import warp as wp


@wp.struct
class Particle:
    pos: wp.vec2
    vel: wp.vec2


@wp.kernel
def update_particles(
    particles: wp.array(dtype=Particle),
    time_step: float,
    active_count: wp.array(dtype=wp.int32),
):
    tid = wp.tid()
    if tid >= active_count[0]:
        return
    p = particles[tid]
    p.pos = p.pos + p.vel * time_step
    particles[tid] = p
