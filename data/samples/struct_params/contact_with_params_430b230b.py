import warp as wp


@wp.struct
class ContactMaterial:
    ke: float
    kd: float


@wp.func
def ground_force(material: ContactMaterial, n: wp.vec3, v: wp.vec3, depth: float) -> wp.vec3:
    vn = wp.dot(n, v)
    # damp only while approaching the ground
    fn = depth * material.ke - wp.min(vn, 0.0) * material.kd
    return n * fn


@wp.kernel
def contact_with_params(
    material: ContactMaterial,
    x: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    particle_radius: float,
    particle_f: wp.array[wp.vec3],
):
    tid = wp.tid()
    p = x[tid]
    vel = particle_v[tid]
    up = wp.vec3(0.0, 1.0, 0.0)
    depth = particle_radius - wp.dot(p, up)
    f = wp.vec3(0.0)
    if depth > 0.0:
        f = ground_force(material, up, vel, depth)
    particle_f[tid] = f
