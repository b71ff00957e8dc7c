import warp as wp


@wp.struct
class Particle:
    x: wp.vec2
    v: wp.vec2


@wp.kernel
def step_particle_structs(
    particles: wp.array(dtype=Particle),
    points: wp.array[wp.vec2],
    inv_mass: wp.array[float],
    dt: float,
    k_spring: float,
    anchor: wp.vec2,
):
    tid = wp.tid()
    inv_m = inv_mass[tid]
    p = particles[tid]
    particles[tid].v = p.v + ((k_spring * (anchor - points[tid])) * inv_m) * dt
    particles[tid].x = particles[tid].x + particles[tid].v * dt
