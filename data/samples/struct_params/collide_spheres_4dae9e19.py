import warp as wp


@wp.struct
class SphereCollider:
    center: wp.vec3
    radius: float


@wp.kernel
def collide_spheres(
    colliders: wp.array(dtype=SphereCollider),
    points: wp.array[wp.vec3],
    particle_radius: float,
):
    tid = wp.tid()
    p = points[tid]
    for s in range(colliders.shape[0]):
        sphere = colliders[s]
        delta = p - sphere.center
        dist = wp.length(delta)
        overlap = sphere.radius + particle_radius - dist
        if overlap > 0.0 and dist > 1.0e-6:
            p = p + delta * (overlap / dist)
    points[tid] = p
