import warp as wp


@wp.kernel
def nearest_voxel_value(sdf_volume: wp.uint64, x: wp.array[wp.vec3], out: wp.array[float]):
    """Nearest-voxel lookup: no interpolation, the value of the voxel the point rounds to."""
    tid = wp.tid()
    pos = x[tid]
    uvw = wp.volume_world_to_index(sdf_volume, pos)
    ijk = wp.vec3i(int(wp.floor(uvw[0] + 0.5)), int(wp.floor(uvw[1] + 0.5)), int(wp.floor(uvw[2] + 0.5)))
    d = wp.volume_lookup(sdf_volume, ijk[0], ijk[1], ijk[2], dtype=float)
    out[tid] = d


@wp.kernel
def lookup_cells(
    sdf_volume: wp.uint64,
    x: wp.array[wp.vec3],
    voxel_values: wp.array[float],
    values: wp.array[float],
    samples: wp.array[float],
):
    """Index-grid lookup: active voxels map to rows of a dense attribute array."""
    tid = wp.tid()
    pos = x[tid]
    ijk = wp.volume_world_to_index(sdf_volume, pos)
    index = wp.volume_lookup_index(sdf_volume, int(wp.floor(ijk[0])), int(wp.floor(ijk[1])), int(wp.floor(ijk[2])))
    if index >= 0 and index < voxel_values.shape[0]:
        samples[tid] = voxel_values[index]
    else:
        samples[tid] = values[tid]
