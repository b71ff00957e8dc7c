import warp as wp


@wp.kernel
def spring_forces(
    springs: wp.array2d[int],
    positions: wp.array[wp.vec2],
    v: wp.array[wp.vec2],
    spring_stiffness: wp.array[float],
    forces: wp.array[wp.vec2],
    rest_length: float,
    k_damp: float,
):
    """One thread per spring: Hooke force plus damping along the spring."""
    tid = wp.tid()
    i = springs[tid, 0]
    j = springs[tid, 1]
    k = spring_stiffness[tid]
    xij = positions[i] - positions[j]
    vij = v[i] - v[j]
    l = wp.length(xij)
    if l == 0.0:
        return
    dir = xij / l
    c = l - rest_length
    dcdt = wp.dot(dir, vij)
    f = dir * (k * c + k_damp * dcdt)
    wp.atomic_sub(forces, i, f)
    wp.atomic_add(forces, j, f)
