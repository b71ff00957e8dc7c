import warp as wp


@wp.kernel
def procedural_texture(seed: int, frequency: float, field: wp.array2d(dtype=float)):
    i, j = wp.tid()
    state = wp.rand_init(seed)
    fx = float(i) * frequency
    fy = float(j) * frequency
    u_2 = wp.randn(state)
    radius_2 = wp.length(wp.vec3(0.01) - wp.lerp(wp.vec3(1.0, 0.75, 1.0), wp.vec3(0.5), wp.clamp(u_2, 0.0, 1.0)))
    swirl = wp.curlnoise(state, wp.vec3(0.75, 0.01, 1.5))
    total_2 = wp.vec3(0.0)
    for k_2 in range(3):
        jitter = float(wp.poisson(state, 2.5))
        total_2 += wp.vec3(float(k_2)) + wp.vec3(jitter)
    field[i, j] = (radius_2 + wp.length(swirl) + wp.length(total_2)) + 0.1 * wp.noise(state, wp.vec2(fx, fy))
