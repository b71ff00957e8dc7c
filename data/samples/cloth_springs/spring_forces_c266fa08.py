import warp as wp


@wp.kernel
def spring_forces(
    springs: wp.array2d[int],
    positions: wp.array[wp.vec3],
    v: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
    rest_length: float,
    stiffness: float,
    damping: float,
):
    tid = wp.tid()
    i = springs[tid, 0]
    j = springs[tid, 1]
    xij = positions[i] - positions[j]
    vij = v[i] - v[j]
    l = wp.length(xij)
    if l == 0.0:
        return
    dir = xij / l
    c = l - rest_length
    dcdt = wp.dot(dir, vij)
    f = dir * (stiffness * c + damping * dcdt)
    wp.atomic_sub(forces, i, f)
    wp.atomic_add(forces, j, f)
