import warp as wp


@wp.kernel
def eval_edges(
    springs: wp.array2d[int],
    positions: wp.array[wp.vec2],
    velocities: wp.array[wp.vec2],
    spring_stiffness: wp.array[float],
    force_out: wp.array[wp.vec2],
    rest_length: float,
    kd: float,
):
    tid = wp.tid()
    i = springs[tid, 0]
    j = springs[tid, 1]
    xij = positions[i] - positions[j]
    vij = velocities[i] - velocities[j]
    l = wp.length(xij)
    if l == 0.0:
        return
    dir = xij / l
    c = l - rest_length
    dcdt = wp.dot(dir, vij)
    f = dir * (spring_stiffness[tid] * c + kd * dcdt)
    wp.atomic_sub(force_out, i, f)
    wp.atomic_add(force_out, j, f)
