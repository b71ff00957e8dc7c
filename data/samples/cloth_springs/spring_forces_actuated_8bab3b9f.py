import warp as wp


@wp.kernel
def spring_forces_actuated(
    springs: wp.array2d[int],
    positions: wp.array[wp.vec3],
    rest_lengths: wp.array[float],
    actuation: wp.array[float],
    forces: wp.array[wp.vec3],
    freq: float,
    sim_time: float,
    k_spring: float,
):
    tid = wp.tid()
    i = springs[tid, 0]
    j = springs[tid, 1]
    rest = rest_lengths[tid]
    l0 = rest * (1.0 + actuation[tid] * wp.sin(freq * sim_time))
    d = positions[j] - positions[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    f = dir * (k_spring * (l - l0))
    wp.atomic_add(forces, i, f)
    wp.atomic_add(forces, j, -f)
