import warp as wp


@wp.kernel
def spring_forces_actuated(
    springs: wp.array2d[int],
    positions: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    theta: wp.array[float],
    rest_length: float,
    stroke: float,
    freq: float,
    time: float,
    stiffness: float,
    drag: float,
    forces: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = springs[tid, 0]
    j = springs[tid, 1]
    phi = theta[tid]
    l0 = rest_length * (1.0 + stroke * wp.cos(freq * time + phi))
    d = positions[j] - positions[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    dldt = wp.dot(velocities[j] - velocities[i], dir)
    f = dir * (stiffness * (l - l0) + drag * dldt)
    wp.atomic_sub(forces, j, f)
    wp.atomic_add(forces, i, f)
