import warp as wp


@wp.kernel
def actuated_springs(
    edge_indices: wp.array2d[int],
    positions: wp.array[wp.vec3],
    rest_lengths: wp.array[float],
    theta: wp.array[float],
    force_out: wp.array[wp.vec3],
    act_amp: float,
    omega: float,
    time: float,
    k_spring: float,
):
    """Spring forces whose rest lengths follow a sinusoidal actuation signal (soft-body muscles)."""
    tid = wp.tid()
    i = edge_indices[tid, 0]
    j = edge_indices[tid, 1]
    l0 = rest_lengths[tid] * (1.0 + act_amp * wp.sin(omega * time + theta[tid]))
    d = positions[j] - positions[i]
    l = wp.length(d)
    if l == 0.0:
        return
    dir = d / l
    f = dir * (k_spring * (l - l0))
    wp.atomic_add(force_out, i, f)
    wp.atomic_add(force_out, j, -f)
