import warp as wp


@wp.func
def field_velocity_at(volume: wp.uint64, p: wp.vec3):
    uvw = wp.volume_world_to_index(volume, p)
    return wp.volume_sample_v(volume, uvw, wp.Volume.LINEAR)


@wp.kernel
def advect_particles(sdf_volume: wp.uint64, x: wp.array[wp.vec3], num_items: int, dt: float):
    """Move points with the velocity stored in a vector volume (midpoint rule)."""
    tid = wp.tid()
    if tid >= num_items:
        return
    pos = x[tid]
    v0 = field_velocity_at(sdf_volume, pos)
    x_mid = pos + v0 * (0.5 * dt)
    v1 = field_velocity_at(sdf_volume, x_mid)
    x[tid] = pos + v1 * dt
