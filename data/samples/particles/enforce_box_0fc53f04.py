import warp as wp


@wp.kernel
def enforce_box(
    positions: wp.array[wp.vec3],
    velocities: wp.array[wp.vec3],
    left: float,
    right: float,
    positions_out: wp.array[wp.vec3],
    velocities_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    x = positions[tid]
    v = velocities[tid]
    # side walls
    if x[0] < left:
        x[0] = left
        v[0] = -v[0] * 0.5
    if x[0] > right:
        x[0] = right
        v[0] = -v[0] * 0.5
    positions_out[tid] = x
    velocities_out[tid] = v
