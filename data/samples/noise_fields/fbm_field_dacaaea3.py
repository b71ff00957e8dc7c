import warp as wp


@wp.kernel
def fbm_field(seed: int, frequency: float, field: wp.array2d(dtype=float)):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    fx = float(i) * frequency
    fy = float(j) * frequency
    n_2 = wp.noise(state, wp.vec2(fy, fx))
    xi = wp.randf(state, -1.0, 1.0)
    ray_dir = wp.sample_unit_hemisphere(state)
    scatter = wp.sample_unit_hemisphere(state)
    field[i, j] = (n_2 + xi + wp.length(ray_dir) + wp.length(scatter)) + 0.1 * wp.noise(state, wp.vec2(fx, fy))
