import warp as wp


@wp.kernel
def spring_forces(
    spring_indices: wp.array2d[int],
    points: wp.array[wp.vec2],
    velocities: wp.array[wp.vec2],
    rest_lengths: wp.array[float],
    stiffness: float,
    damping: float,
    forces: wp.array[wp.vec2],
):
    tid = wp.tid()
    i = spring_indices[tid, 0]
    j = spring_indices[tid, 1]

    # relative position and velocity of the end points
    xij = points[i] - points[j]
    vij = velocities[i] - velocities[j]
    l = wp.length(xij)
    if l == 0.0:
        return
    dir = xij / l

    # Hooke force plus damping along the spring
    c = l - rest_lengths[tid]
    dcdt = wp.dot(dir, vij)
    f = dir * (stiffness * c + damping * dcdt)
    wp.atomic_sub(forces, i, f)
    wp.atomic_add(forces, j, f)
