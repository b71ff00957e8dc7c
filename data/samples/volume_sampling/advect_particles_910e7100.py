import warp as wp


@wp.func
def field_velocity_at(volume: wp.uint64, p: wp.vec3):
    uvw = wp.volume_world_to_index(volume, p)
    return wp.volume_sample_v(volume, uvw, wp.Volume.LINEAR)


@wp.kernel
def advect_particles(
    sdf_volume: wp.uint64,
    particle_x: wp.array(dtype=wp.vec3),
    dt: float,
    new_positions: wp.array(dtype=wp.vec3),
):
    """Second-order advection of points through a sampled velocity field."""
    tid = wp.tid()
    x = particle_x[tid]
    v0 = field_velocity_at(sdf_volume, x)
    x_mid = x + v0 * (0.5 * dt)
    v1 = field_velocity_at(sdf_volume, x_mid)
    new_positions[tid] = x + v1 * dt
