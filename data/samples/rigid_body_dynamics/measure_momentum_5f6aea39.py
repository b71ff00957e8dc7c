import warp as wp


@wp.kernel
def measure_momentum(
    body_qd: wp.array[wp.spatial_vector],
    v: wp.array[wp.vec3],
    spatial_inertias: wp.array[wp.spatial_matrix],
    energy: wp.array[float],
    momenta: wp.array[wp.spatial_vector],
):
    tid = wp.tid()
    qd = body_qd[tid]
    twist = wp.spatial_vector(wp.spatial_top(qd), v[tid])
    I_s = spatial_inertias[tid]
    h = I_s @ twist
    wp.atomic_add(energy, 0, 0.5 * wp.spatial_dot(twist, h))
    wp.atomic_add(momenta, 0, h)
