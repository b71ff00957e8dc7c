import warp as wp


@wp.func
def predict_position(x: wp.vec3, v: wp.vec3, dt: float):
    return x + v * dt


@wp.func
def field_velocity_at(volume: wp.uint64, p: wp.vec3):
    uvw = wp.volume_world_to_index(volume, p)
    return wp.volume_sample_v(volume, uvw, wp.Volume.LINEAR)


@wp.kernel
def follow_flow(
    density_volume: wp.uint64,
    positions: wp.array(dtype=wp.vec3),
    velocities: wp.array(dtype=wp.vec3),
    delta_time: float,
    positions_out: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    x = positions[tid]
    v = velocities[tid]
    pos = predict_position(x, v, delta_time)
    v0 = field_velocity_at(density_volume, pos)
    x_mid = pos + v0 * (0.5 * delta_time)
    v1 = field_velocity_at(density_volume, x_mid)
    positions_out[tid] = pos + v1 * delta_time


@wp.kernel
def quantize_to_volume(
    density_volume: wp.uint64,
    positions: wp.array(dtype=wp.vec3),
    snapped: wp.array(dtype=float),
):
    tid = wp.tid()
    pos = positions[tid]
    uvw = wp.volume_world_to_index(density_volume, pos)
    ijk = wp.vec3i(int(wp.rint(uvw[0])), int(wp.rint(uvw[1])), int(wp.rint(uvw[2])))
    d = wp.volume_lookup(density_volume, ijk[0], ijk[1], ijk[2], dtype=float)
    snapped[tid] = d
