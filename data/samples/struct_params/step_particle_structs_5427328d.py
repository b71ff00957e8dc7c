import warp as wp


@wp.struct
class Particle:
    x: wp.vec3
    v: wp.vec3


@wp.kernel
def step_particle_structs(
    particles: wp.array[Particle],
    dt: float,
    accelerations: wp.array[wp.vec3],
):
    tid = wp.tid()
    accel = accelerations[tid]
    p = particles[tid]
    particles[tid].v = p.v + accel * dt
    particles[tid].x = particles[tid].x + particles[tid].v * dt
