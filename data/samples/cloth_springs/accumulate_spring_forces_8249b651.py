import warp as wp


@wp.kernel
def accumulate_spring_forces(
    springs: wp.array2d(dtype=int),
    points: wp.array(dtype=wp.vec3),
    particle_v: wp.array(dtype=wp.vec3),
    rest_length: float,
    stiffness: float,
    kd: float,
    forces: wp.array(dtype=wp.vec3),
):
    """Damped spring forces, scattered to both end points."""
    tid = wp.tid()
    i = springs[tid, 0]
    j = springs[tid, 1]

    # relative position and velocity of the end points
    xij = points[i] - points[j]
    vij = particle_v[i] - particle_v[j]
    l = wp.length(xij)
    if l == 0.0:
        return
    dir = xij / l

    # Hooke force plus damping along the spring
    c = l - rest_length
    dcdt = wp.dot(dir, vij)
    f = dir * (stiffness * c + kd * dcdt)
    wp.atomic_sub(forces, i, f)
    wp.atomic_add(forces, j, f)
