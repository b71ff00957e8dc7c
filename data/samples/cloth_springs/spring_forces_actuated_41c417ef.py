import warp as wp


@wp.kernel
def spring_forces_actuated(
    spring_indices: wp.array2d[int],
    points: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    theta: wp.array[float],
    forces: wp.array[wp.vec3],
    rest_length: float,
    actuation: float,
    angular_freq: float,
    t: float,
    stiffness: float,
    kd: float,
):
    tid = wp.tid()
    i = spring_indices[tid, 0]
    j = spring_indices[tid, 1]
    l0 = rest_length * (1.0 + actuation * wp.sin(angular_freq * t + theta[tid]))
    d = points[j] - points[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    dldt = wp.dot(particle_v[j] - particle_v[i], dir)
    f = dir * (stiffness * (l - l0) + kd * dldt)
    wp.atomic_add(forces, i, f)
    wp.atomic_add(forces, j, -f)
