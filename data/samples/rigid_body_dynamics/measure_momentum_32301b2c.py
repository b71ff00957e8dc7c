import warp as wp


@wp.kernel
def measure_momentum(
    angular_velocities: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    body_I_s: wp.array[wp.spatial_matrix],
    kinetic_energy: wp.array[float],
    momenta: wp.array[wp.spatial_vector],
):
    """Sum the bodies' kinetic energy and spatial momentum into single totals."""
    tid = wp.tid()
    omega = angular_velocities[tid]
    v = particle_v[tid]
    v_s = wp.spatial_vector(omega, v)
    h = body_I_s[tid] @ v_s
    wp.atomic_add(kinetic_energy, 0, 0.5 * wp.spatial_dot(v_s, h))
    wp.atomic_add(momenta, 0, h)
