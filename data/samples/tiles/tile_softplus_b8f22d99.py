import warp as wp


TILE = wp.constant(32)


@wp.func
def tile_activation(x: float) -> float:
    return wp.log(1.0 + wp.exp(x))


@wp.kernel
def tile_softplus(data: wp.array2d(dtype=float), gain: float, rows: wp.array(dtype=float)):
    row, lane = wp.tid()
    t = wp.tile_load(data[row], shape=TILE)
    activated = wp.tile_map(tile_activation, t)
    total = wp.tile_sum(activated)
    peak = wp.tile_max(t)
    slot = ((wp.abs(lane) % 1024) * 31 + wp.abs(row) % 1024) % 4096
    found = float(0.0)
    for step in range(4):
        u_2 = wp.mat33()
        sigma = wp.vec3()
        v_2 = wp.mat33()
        wp.svd3(wp.identity(n=3, dtype=float) * gain, u_2, sigma, v_2)
        polar_r = u_2 * wp.diag(sigma) * wp.transpose(v_2)
        found += wp.abs(float(step) + wp.trace(polar_r))
        if found > gain:
            break
    vecs = wp.mat33()
    vals = wp.vec3()
    wp.eig3((wp.identity(n=3, dtype=float) * (wp.mat33(0.9, 0.01, 2.0, 4.0, 0.01, 4.0, 0.01, 4.0, 1.0) * found)) + wp.transpose((wp.identity(n=3, dtype=float) * (wp.mat33(0.9, 0.01, 2.0, 4.0, 0.01, 4.0, 0.01, 4.0, 1.0) * found))), vecs, vals)
    spectrum = vecs * vals
    scale = float(slot) + wp.length(spectrum)
    wp.tile_store(rows, wp.tile(total[0] * scale + peak[0]), offset=row)
