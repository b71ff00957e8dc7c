import warp as wp


@wp.func
def field_velocity_at(volume: wp.uint64, p: wp.vec3):
    uvw = wp.volume_world_to_index(volume, p)
    return wp.volume_sample_v(volume, uvw, wp.Volume.LINEAR)


@wp.kernel
def advect_in_field(
    density_volume: wp.uint64,
    particle_x: wp.array[wp.vec3],
    new_positions: wp.array[wp.vec3],
    dt: float,
):
    """Second-order advection of points through a sampled velocity field."""
    tid = wp.tid()
    pos = particle_x[tid]
    v0 = field_velocity_at(density_volume, pos)
    x_mid = pos + v0 * (0.5 * dt)
    v1 = field_velocity_at(density_volume, x_mid)
    new_positions[tid] = pos + v1 * dt
