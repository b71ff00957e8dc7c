import warp as wp


@wp.kernel
def neighbor_forces(
    hash_grid: wp.uint64,
    positions: wp.array(dtype=wp.vec3),
    targets: wp.array(dtype=wp.vec3),
    radius: float,
    ke: float,
    huber_delta: float,
    forces: wp.array(dtype=wp.vec3),
):
    tid = wp.tid()
    i = wp.hash_grid_point_id(hash_grid, tid)
    x = positions[i]
    total = wp.vec3()
    for j in wp.hash_grid_query(hash_grid, x, radius):
        if j != i:

            # pull toward the target that saturates at the stiffness for large offsets
            delta = targets[j] - x
            f_pull = ke * wp.smooth_normalize(delta, huber_delta)
            total += f_pull
    forces[i] = total
