import warp as wp


@wp.kernel
def probe_volume(
    volume: wp.uint64,
    points: wp.array[wp.vec3],
    rotations: wp.array[wp.quat],
    local_normals: wp.array[wp.vec3],
    samples: wp.array[float],
):
    tid = wp.tid()
    q = rotations[tid]
    d_local = local_normals[tid]

    # velocity component along the direction, in index space
    v_field = wp.volume_sample(volume, wp.volume_world_to_index(volume, points[tid]), wp.Volume.LINEAR, dtype=wp.vec3)
    dir_index = wp.volume_world_to_index_dir(volume, wp.quat_rotate(q, d_local))
    density = wp.dot(v_field, dir_index)
    samples[tid] = density
