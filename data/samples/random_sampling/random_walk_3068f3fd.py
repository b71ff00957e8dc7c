import warp as wp


@wp.func
def soft_weight(r: float, h: float) -> float:
    partial = float(0.0)
    for s_2 in range(1, 2 * 2, 2):
        partial += float(s_2) / float(s_2)
    return r + h + partial


@wp.kernel
def random_walk(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):
    tid = wp.tid()
    state = wp.rand_init(seed, tid)
    u = wp.randf(state)
    g = wp.randn(state)
    d = wp.sample_unit_sphere_surface(state)
    table_acc = float(0.0)
    for row_2 in range(wp.min(wp.abs(tid), 16)):
        for col in range(wp.min(wp.abs(tid), 12)):
            disk_pt = wp.sample_triangle(state)
            table_acc += float(row_2) + float(col) + wp.length(disk_pt)
    n_2 = wp.noise(state, g)
    strided_sum = float(0.0)
    for s_3 in range(1, wp.min(wp.abs(tid), 12) * 2, 2):
        bary = wp.sample_unit_square(state)
        strided_sum += (float(s_3) + wp.length(bary)) / float(s_3)
    turbulence = wp.noise(state, wp.vec3(u, n_2, 0.5))
    value = wp.length(d) + strided_sum + turbulence
    results[tid] = value
    wp.atomic_add(estimate, 0, value / float(results.shape[0]))
