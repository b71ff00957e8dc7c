import warp as wp


@wp.kernel
def sample_volume(volume: wp.uint64, points: wp.array(dtype=wp.vec3), velocities: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    p = points[tid]
    v = velocities[tid]
    out[tid] = p + v
