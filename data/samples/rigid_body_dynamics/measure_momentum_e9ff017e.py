import warp as wp


@wp.kernel
def measure_momentum(
    body_w: wp.array(dtype=wp.vec3),
    twists: wp.array(dtype=wp.spatial_vector),
    body_I_s: wp.array(dtype=wp.spatial_matrix),
    energies: wp.array(dtype=float),
    momenta: wp.array(dtype=wp.spatial_vector),
):
    tid = wp.tid()
    omega = body_w[tid]
    qd = wp.spatial_vector(omega, wp.spatial_bottom(twists[tid]))
    I_s = body_I_s[tid]
    h = I_s @ qd
    wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))
    wp.atomic_add(momenta, 0, h)
