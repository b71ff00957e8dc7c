import warp as wp


@wp.func
def scene_sdf(p: wp.vec3, radius: float) -> float:
    sphere = wp.length(p) - radius
    ground = p[1] + 1.0
    return wp.min(sphere, ground)


@wp.kernel
def trace_depth(cam_pos: wp.vec3, radius: float, depth: wp.array2d(dtype=float)):
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
    depth[py, px] = t + t
