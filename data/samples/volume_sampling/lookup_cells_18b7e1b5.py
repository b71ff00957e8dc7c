import warp as wp


@wp.kernel
def lookup_cells(
    sdf_volume: wp.uint64,
    inv_masses: wp.array[float],
    x: wp.array[wp.vec3],
    voxel_data: wp.array[float],
    weights: wp.array[float],
    values_out: wp.array[float],
):
    tid = wp.tid()
    w = inv_masses[tid]
    # zero inverse mass: kinematic, nothing to do
    if w == 0.0:
        return
    amount = weights[tid]
    ijk = wp.volume_world_to_index(sdf_volume, x[tid])
    index = wp.volume_lookup_index(sdf_volume, int(wp.floor(ijk[0])), int(wp.floor(ijk[1])), int(wp.floor(ijk[2])))
    if index >= 0 and index < voxel_data.shape[0]:
        values_out[tid] = voxel_data[index]
    else:
        values_out[tid] = amount


@wp.kernel
def sample_volume(
    sdf_volume: wp.uint64,
    active: wp.array[wp.int32],
    x: wp.array[wp.vec3],
    values_out: wp.array[float],
):
    tid = wp.tid()
    if active[tid] != 1:
        return
    p = x[tid]
    uvw = wp.volume_world_to_index(sdf_volume, p)
    density = wp.volume_lookup(sdf_volume, int(wp.floor(uvw[0])), int(wp.floor(uvw[1])), int(wp.floor(uvw[2])), dtype=float)
    values_out[tid] = density
