import warp as wp


@wp.kernel
def apply_pair_forces(
    grid: wp.uint64,
    body_inv_mass: wp.array[float],
    particle_x: wp.array[wp.vec3],
    forces: wp.array[wp.vec3],
    particle_radius: float,
    particle_f: wp.array[wp.vec3],
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = particle_x[i]
    # zero inverse mass: kinematic, nothing to do
    if body_inv_mass[i] == 0.0:
        return
    total = wp.vec3()
    for j in wp.hash_grid_query(grid, x, particle_radius):
        if j != i:
            f = forces[j]
            total += f
    particle_f[i] = total
