import warp as wp


@wp.kernel
def lookup_cells(
    density_volume: wp.uint64,
    particle_x: wp.array[wp.vec3],
    cell_data: wp.array[float],
    values: wp.array[float],
    densities_out: wp.array[float],
    num_active: wp.int32,
):
    tid = wp.tid()
    if tid >= num_active:
        return
    p = particle_x[tid]
    amount = values[tid]
    ijk = wp.volume_world_to_index(density_volume, p)
    index = wp.volume_lookup_index(density_volume, int(wp.floor(ijk[0])), int(wp.floor(ijk[1])), int(wp.floor(ijk[2])))
    if index >= 0 and index < cell_data.shape[0]:
        densities_out[tid] = cell_data[index]
    else:
        densities_out[tid] = amount


@wp.kernel
def probe_volume(
    density_volume: wp.uint64,
    particle_inv_mass: wp.array[float],
    particle_x: wp.array[wp.vec3],
    densities_out: wp.array[float],
):
    """Read the sparse volume at world-space points."""
    tid = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if particle_inv_mass[tid] == 0.0:
        return
    x = particle_x[tid]
    grad = wp.vec3()
    wp.volume_sample_grad(density_volume, wp.volume_world_to_index(density_volume, x), wp.Volume.LINEAR, grad, dtype=float)
    grad_len = wp.length(wp.volume_index_to_world_dir(density_volume, grad))
    densities_out[tid] = grad_len
