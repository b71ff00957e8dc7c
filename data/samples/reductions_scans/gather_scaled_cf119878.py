import warp as wp


@wp.kernel
def gather_scaled(
    particle_inv_mass: wp.array[float],
    source: wp.array[wp.vec3],
    perm: wp.array[int],
    weights: wp.array[float],
    gathered: wp.array[wp.vec3],
):
    tid = wp.tid()
    # zero inverse mass: kinematic, nothing to do
    if particle_inv_mass[tid] == 0.0:
        return
    w = weights[tid]
    gathered[tid] = source[perm[tid]] * w
