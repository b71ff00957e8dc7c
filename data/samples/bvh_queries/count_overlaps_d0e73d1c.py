import warp as wp


@wp.kernel
def count_overlaps(bvh: wp.uint64, centers: wp.array(dtype=wp.vec3), extent: float, counts: wp.array(dtype=float)):
    tid = wp.tid()
    c = centers[tid]
    packed = wp.vec3(extent, float(3.0), float(0.01))
    unit = wp.normalize(packed - c)
    packed_2 = wp.vec3(extent, float(0.1), float(1.5))
    frame = wp.matrix_from_rows(c, packed_2, wp.where(True, packed, wp.transform_vector(wp.transform_identity(), unit)))
    counts[tid] = wp.determinant(frame)
