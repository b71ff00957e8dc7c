import warp as wp


@wp.kernel
def sample_density(
    volume: wp.uint64,
    positions: wp.array(dtype=wp.vec3),
    particle_v: wp.array(dtype=wp.vec3),
    samples: wp.array(dtype=float),
    dt: float,
):
    tid = wp.tid()
    pos = positions[tid]
    v = particle_v[tid]
    p_index = wp.volume_world_to_index(volume, pos + v * dt)
    density = wp.volume_lookup(volume, int(wp.floor(p_index[0])), int(wp.floor(p_index[1])), int(wp.floor(p_index[2])), dtype=float)
    samples[tid] = density
