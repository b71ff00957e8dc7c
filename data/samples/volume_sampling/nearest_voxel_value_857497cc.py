import warp as wp


@wp.kernel
def nearest_voxel_value(volume: wp.uint64, positions: wp.array[wp.vec3], snapped: wp.array[float]):
    tid = wp.tid()
    pos = positions[tid]
    uvw = wp.volume_world_to_index(volume, pos)
    ijk = wp.vec3i(int(wp.rint(uvw[0])), int(wp.rint(uvw[1])), int(wp.rint(uvw[2])))
    d = wp.volume_lookup(volume, ijk[0], ijk[1], ijk[2], dtype=float)
    snapped[tid] = d
