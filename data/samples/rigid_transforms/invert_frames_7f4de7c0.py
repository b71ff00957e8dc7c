import warp as wp


@wp.kernel
def invert_frames(
    item_count: wp.array[wp.int32],
    particle_flags: wp.array[wp.int32],
    poses: wp.array[wp.transform],
    inv_frames: wp.array[wp.transform],
):
    tid = wp.tid()
    if tid >= item_count[0] or particle_flags[tid] == 0:
        return
    X = poses[tid]
    inv_frames[tid] = wp.transform_inverse(X)
