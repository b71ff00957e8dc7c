import warp as wp


@wp.func
def scene_sdf(p: wp.vec3, radius: float) -> float:
    sphere = wp.length(p) - radius
    ground = p[1] + 1.0
    return wp.min(sphere, ground)


@wp.kernel
def render_sdf(cam_pos: wp.vec3, radius: float, depth: wp.array2d(dtype=float)):
    py, px = wp.tid()
    h = depth.shape[0]
    w = depth.shape[1]
    u = (float(px) / float(w)) * 2.0 - 1.0
    v = (float(py) / float(h)) * 2.0 - 1.0
    ro = cam_pos
    rd = wp.normalize(wp.vec3(u, v, -1.5))
    t = float(0.0)
    steps = int(0)
    while steps < 64:
        d = scene_sdf(ro + rd * t, radius)
        if d < 1.0e-3:
            break
        t += d
        steps += 1
    dist = wp.length(ro - rd)
    if dist > t:
        total_2 = wp.mat22(0.0)
        for k_2 in range(wp.min(wp.abs(py), 16)):
            offset_2 = ro
            total_2 += wp.identity(n=2, dtype=float) * float(k_2) + wp.identity(n=2, dtype=float) * wp.length(offset_2)
        picked = wp.identity(n=3, dtype=float) * wp.trace(total_2)
    else:
        rows_2 = wp.matrix_from_rows(rd, ro, wp.vec3(2.0, 0.9, 1.5))
        picked = rows_2
    gain_2 = t
    found = float(0.0)
    for step in range(4):
        q_factor = wp.mat33()
        r_2 = wp.mat33()
        wp.qr3(wp.diag(ro), q_factor, r_2)
        r_factor = q_factor * r_2
        found += wp.abs(float(step) + wp.determinant(r_factor))
        if found > gain_2:
            break
    depth[py, px] = t + (wp.determinant(picked) + found)
