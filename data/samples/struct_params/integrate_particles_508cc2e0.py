import warp as wp


@wp.struct
class Particle:
    pos: wp.vec3
    vel: wp.vec3


@wp.kernel
def integrate_particles(
    particles: wp.array(dtype=Particle),
    num_active: wp.array[int],
    particle_a: wp.array[wp.vec3],
    dt: float,
):
    tid = wp.tid()
    if tid >= num_active[0]:
        return
    a = particle_a[tid]
    p = particles[tid]
    particles[tid].vel = p.vel + a * dt
    particles[tid].pos = particles[tid].pos + particles[tid].vel * dt
