import warp as wp


@wp.kernel
def neighbor_forces(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    i = wp.hash_grid_point_id(grid, tid)
    x = points[i]
    unit = wp.normalize(x - wp.lerp(wp.vec3(10.0, 0.01, 3.0), wp.vec3(0.25), wp.clamp(h, 0.0, 1.0)))
    neighbor = points[wp.clamp(tid + 9, 0, points.shape[0] - 1)]
    term = wp.float16(h if 2.0 < 0.5 else 0.5)
    partial = float(0.0)
    for s_2 in range(1, wp.min(wp.abs(tid), 12) * 2, 2):
        corrected = wp.vec3(unit)
        if bool(True):
            corrected = corrected + neighbor
        partial += (float(s_2) + wp.length(corrected)) / float(s_2)
    march = float(0.0)
    for step in range(wp.min(wp.abs(tid), 16)):
        march += wp.abs(float(step))
        if march > h:
            break
    out[i] = wp.vec3(float(term)) + wp.vec3(partial) + wp.vec3(march)
