import warp as wp


@wp.kernel
def write_voxels(volume: wp.uint64, points: wp.array[wp.vec3], fill_value: float):
    tid = wp.tid()
    pos = points[tid]
    uvw = wp.volume_world_to_index(volume, pos)
    i = int(wp.round(uvw[0]))
    j = int(wp.round(uvw[1]))
    k = int(wp.round(uvw[2]))
    previous = wp.volume_lookup_f(volume, i, j, k)
    wp.volume_store_f(volume, i, j, k, wp.max(previous, fill_value))
