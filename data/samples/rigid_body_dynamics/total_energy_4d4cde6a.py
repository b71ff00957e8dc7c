import warp as wp


@wp.kernel
def total_energy(
    omega: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    spatial_inertias: wp.array[wp.spatial_matrix],
    energies: wp.array[float],
    angular_momentum: wp.array[wp.spatial_vector],
):
    tid = wp.tid()
    ang_vel = omega[tid]
    v = velocities[tid]
    qd = wp.spatial_vector(ang_vel, v)
    M_s = spatial_inertias[tid]
    h = M_s @ qd
    wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))
    wp.atomic_add(angular_momentum, 0, h)
