import warp as wp


@wp.struct
class ContactMaterial:
    ke: float
    kd: float


@wp.func
def ground_force(material: ContactMaterial, n: wp.vec3, v: wp.vec3, depth: float) -> wp.vec3:
    vn = wp.dot(n, v)
    fn = depth * material.ke - wp.min(vn, 0.0) * material.kd
    return n * fn


@wp.kernel
def apply_ground_forces(
    material: ContactMaterial,
    points: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    radii: wp.array[float],
    force_out: wp.array[wp.vec3],
):
    """Penalty ground contact; the contact material travels as a struct."""
    tid = wp.tid()
    p = points[tid]
    vel = velocities[tid]
    r = radii[tid]
    up = wp.vec3(0.0, 1.0, 0.0)
    depth = r - wp.dot(p, up)
    f = wp.vec3(0.0)
    if depth > 0.0:
        f = ground_force(material, up, vel, depth)
    force_out[tid] = f


@wp.struct
class SphereCollider:
    center: wp.vec3
    radius: float


@wp.kernel
def push_out_of_spheres(
    colliders: wp.array[SphereCollider],
    points: wp.array[wp.vec3],
    cutoff: float,
    new_positions: wp.array[wp.vec3],
):
    """Particles against a list of sphere colliders."""
    tid = wp.tid()
    pos = points[tid]
    p = pos
    for s in range(colliders.shape[0]):
        sphere = colliders[s]
        delta = p - sphere.center
        dist = wp.length(delta)
        overlap = sphere.radius + cutoff - dist
        if overlap > 0.0 and dist > 1.0e-6:
            p = p + delta * (overlap / dist)
    new_positions[tid] = p
