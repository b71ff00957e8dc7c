import warp as wp


@wp.kernel
def sample_paths(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):
    tid = wp.tid()
    state = wp.rand_init(seed, tid)
    u = wp.randf(state)
    g = wp.randn(state)
    d = wp.sample_unit_sphere_surface(state)
    term = u
    disk_pt = wp.sample_unit_disk(state)
    dir_sample = wp.sample_unit_hemisphere_surface(state)
    value = g + wp.length(d) + term + wp.length(disk_pt) + wp.length(dir_sample)
    results[tid] = value
    wp.atomic_add(estimate, 0, value / float(results.shape[0]))
