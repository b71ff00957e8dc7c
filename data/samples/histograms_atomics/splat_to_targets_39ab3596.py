import warp as wp


@wp.kernel
def splat_to_targets(perm: wp.array[int], contributions: wp.array[wp.vec3], out: wp.array[wp.vec3]):
    tid = wp.tid()
    idx = perm[tid]
    contrib = contributions[tid]
    wp.atomic_add(out, idx, contrib)
