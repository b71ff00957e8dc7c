import warp as wp


@wp.kernel
def mc_estimate(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):
    tid = wp.tid()
    state = wp.rand_init(seed, tid)
    u = wp.randf(state)
    g = wp.randn(state)
    d = wp.sample_unit_sphere_surface(state)
    density_n = wp.pnoise(state, wp.vec2(g, u), 8, 8)
    turbulence = wp.noise(state, wp.lerp(g, u, wp.clamp(density_n, 0.0, 1.0)))
    offset_rand = wp.sample_unit_sphere_surface(state)
    value = wp.length(d) + turbulence + wp.length(offset_rand)
    results[tid] = value
    wp.atomic_add(estimate, 0, value / float(results.shape[0]))
