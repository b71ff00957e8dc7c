import warp as wp


@wp.kernel
def spring_forces(
    spring_indices: wp.array2d[int],
    positions: wp.array[wp.vec2],
    velocities: wp.array[wp.vec2],
    spring_stiffness: wp.array[float],
    spring_damping: wp.array[float],
    rest_length: float,
    forces: wp.array[wp.vec2],
):
    """One thread per spring: Hooke force plus damping along the spring."""
    tid = wp.tid()
    i = spring_indices[tid, 0]
    j = spring_indices[tid, 1]
    k = spring_stiffness[tid]
    kd = spring_damping[tid]
    xij = positions[i] - positions[j]
    vij = velocities[i] - velocities[j]
    l = wp.length(xij)
    if l == 0.0:
        return
    dir = xij / l
    c = l - rest_length
    dcdt = wp.dot(dir, vij)
    f = dir * (k * c + kd * dcdt)
    wp.atomic_sub(forces, i, f)
    wp.atomic_add(forces, j, f)
