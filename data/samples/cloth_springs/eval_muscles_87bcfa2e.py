import warp as wp


@wp.kernel
def eval_muscles(
    springs: wp.array2d(dtype=int),
    positions: wp.array(dtype=wp.vec3),
    rest_lengths: wp.array(dtype=float),
    phase: wp.array(dtype=float),
    stroke: float,
    omega: float,
    time: float,
    stiffness: float,
    forces: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    i = springs[tid, 0]
    j = springs[tid, 1]
    rest = rest_lengths[tid]
    phi = phase[tid]
    l0 = rest * (1.0 + stroke * wp.cos(omega * time + phi))
    d = positions[j] - positions[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    f = dir * (stiffness * (l - l0))
    wp.atomic_add(forces, i, f)
    wp.atomic_sub(forces, j, f)
