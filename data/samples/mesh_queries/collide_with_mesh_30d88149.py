import warp as wp


@wp.kernel
def collide_with_mesh(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), margin: float, result: wp.array(dtype=float)):
    tid = wp.tid()
    p = points[tid]
    gain_2 = wp.float64(margin)
    dir_2 = wp.normalize(p - wp.vec3(10.0, 0.5, 3.0))
    acc_2 = float(0.0)
    for k_2 in range(wp.min(wp.abs(tid), 12)):
        composed = wp.vec3(margin, float(0.9), float(0.9))
        acc_2 += float(k_2) + wp.length(composed)
    result[tid] = float(gain_2) + wp.length(dir_2) + acc_2
