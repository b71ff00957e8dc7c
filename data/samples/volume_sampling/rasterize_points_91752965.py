import warp as wp


@wp.kernel
def rasterize_points(
    volume: wp.uint64,
    body_inv_mass: wp.array[float],
    particle_x: wp.array[wp.vec3],
    weights: wp.array[float],
):
    """Rasterise points into a writable volume at their nearest voxel."""
    tid = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if body_inv_mass[tid] == 0.0:
        return
    pos = particle_x[tid]
    uvw = wp.volume_world_to_index(volume, pos)
    i = int(wp.round(uvw[0]))
    j = int(wp.round(uvw[1]))
    k = int(wp.round(uvw[2]))
    previous = wp.volume_lookup_f(volume, i, j, k)
    wp.volume_store_f(volume, i, j, k, wp.max(previous, weights[tid]))
