import warp as wp


@wp.kernel
def fbm_field(seed: int, frequency: float, field: wp.array2d(dtype=float)):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    fx = float(i) * frequency
    fy = float(j) * frequency
    scatter = wp.sample_unit_sphere(state)
    radius_2 = wp.length(scatter - wp.vec3(0.5))
    disk_pt = wp.sample_unit_square(state)
    field[i, j] = (radius_2 + wp.length(disk_pt)) + 0.1 * wp.noise(state, wp.vec2(fx, fy))
