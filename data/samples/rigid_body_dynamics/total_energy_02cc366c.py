import warp as wp


@wp.kernel
def total_energy(
    body_qd: wp.array(dtype=wp.spatial_vector),
    body_I_s: wp.array(dtype=wp.spatial_matrix),
    energies: wp.array(dtype=float),
    momenta: wp.array(dtype=wp.spatial_vector),
):
    tid = wp.tid()
    qd = body_qd[tid]
    h = body_I_s[tid] @ qd
    wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))
    wp.atomic_add(momenta, 0, h)
