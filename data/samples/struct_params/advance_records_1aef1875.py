import warp as wp


@wp.struct
class Particle:
    x: wp.vec3
    v: wp.vec3


@wp.kernel
def advance_records(
    particles: wp.array(dtype=Particle),
    active_count: wp.array(dtype=int),
    flags: wp.array(dtype=int),
    time_step: float,
    drag: float,
):
    tid = wp.tid()
    flag = flags[tid]
    if tid >= active_count[0] or flag == 0:
        return
    p = particles[tid]
    vel = p.v * (1.0 - drag * time_step)
    particles[tid].v = vel
    particles[tid].x = particles[tid].x + vel * time_step
