import warp as wp


@wp.struct
class ContactMaterial:
    ke: float
    kd: float


@wp.func
def ground_force(material: ContactMaterial, n: wp.vec3, v: wp.vec3, depth: float) -> wp.vec3:
    vn = wp.dot(n, v)
    # the ground pushes, never pulls
    fn = wp.max(depth * material.ke - vn * material.kd, 0.0)
    return n * fn


@wp.kernel
def apply_ground_forces(
    material: ContactMaterial,
    particle_x: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    particle_radius: float,
    particle_f: wp.array[wp.vec3],
):
    tid = wp.tid()
    vel = particle_v[tid]
    up = wp.vec3(0.0, 1.0, 0.0)
    depth = particle_radius - wp.dot(particle_x[tid], up)
    if depth > 0.0:
        # add to the forces other kernels accumulate
        wp.atomic_add(particle_f, tid, ground_force(material, up, vel, depth))
