import warp as wp


@wp.kernel
def splat_particles(sdf_volume: wp.uint64, particle_x: wp.array[wp.vec3], weights: wp.array[float]):
    tid = wp.tid()
    x = particle_x[tid]
    amount = weights[tid]
    uvw = wp.volume_world_to_index(sdf_volume, x)
    i = int(wp.round(uvw[0]))
    j = int(wp.round(uvw[1]))
    k = int(wp.round(uvw[2]))
    previous = wp.volume_lookup_f(sdf_volume, i, j, k)
    wp.volume_store_f(sdf_volume, i, j, k, wp.max(previous, amount))
