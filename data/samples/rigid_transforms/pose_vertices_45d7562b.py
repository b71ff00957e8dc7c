import warp as wp


@wp.kernel
def pose_vertices(points: wp.array(dtype=wp.vec3), rotations: wp.array(dtype=wp.quat), poses: wp.array(dtype=wp.transform), out_points: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    p = points[tid]
    rot = rotations[tid]
    pose = poses[tid]
    series = float(0.0)
    for s_2 in range(1, 3 * 2, 2):
        series += float(s_2) / float(s_2)
    sum_val = wp.vec3(0.0)
    for k_2 in range(wp.min(wp.abs(tid), 8)):
        relaxed = float(series)
        iters = int(0)
        while iters < wp.min(wp.abs(tid), 4):
            relaxed = 0.5 * relaxed + 0.5 * wp.tanh(float(iters))
            iters += 1
        sum_val += wp.vec3(float(k_2)) + wp.vec3(relaxed)
    packed = wp.vec3(series, float(0.25), float(4.0))
    out_points[tid] = wp.transform_point(pose, wp.quat_rotate(rot, p)) + (sum_val + packed)
