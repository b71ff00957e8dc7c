import warp as wp


@wp.kernel
def sample_by_index(
    particle_flags: wp.array[wp.int32],
    src: wp.array[wp.vec3],
    indices: wp.array[wp.int32],
    sample_weights: wp.array[float],
    dst: wp.array[wp.vec3],
):
    tid = wp.tid()
    if particle_flags[tid] != 1:
        return
    w = sample_weights[tid]
    dst[tid] = w * src[indices[tid]]
