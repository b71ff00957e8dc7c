import warp as wp


@wp.kernel
def contact_query(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), margin: float, result: wp.array(dtype=float)):
    tid = wp.tid()
    p = points[tid]
    slot = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(1)) % 1024) % 4096
    value_2 = margin / wp.max(wp.abs(0.1), 1.0e-6)
    cell_id = ((wp.abs(tid) % 1024) * 31 + wp.abs(slot) % 1024) % 4096
    dist = wp.length(p - wp.vec3(3.0))
    result[tid] = value_2 + float(cell_id) + dist
