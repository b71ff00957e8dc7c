import warp as wp


@wp.kernel
def broad_phase(bvh: wp.uint64, centers: wp.array(dtype=wp.vec3), extent: float, counts: wp.array(dtype=float)):
    tid = wp.tid()
    c = centers[tid]
    slot = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(5)) % 1024) % 4096
    separation = wp.length(c - wp.vec3(0.25, 4.0, 3.0))
    dir_2 = c
    counts[tid] = extent + float(slot) + separation + wp.length(dir_2)
