import warp as wp


INDEX_BITS = wp.constant(16)


@wp.kernel
def find_nearest(
    positions: wp.array[wp.vec3],
    anchor: wp.vec3,
    inv_max_dist: float,
    best_key: wp.array[int],
):
    """Index of the point nearest the query: distance quantised into the high bits of a key, index in the low bits, one atomic_min."""
    tid = wp.tid()
    d = wp.length(positions[tid] - anchor)
    # 15 bits of distance keep the key positive in an int32
    q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)
    key = (q << INDEX_BITS) | (tid & 0xFFFF)
    wp.atomic_min(best_key, 0, key)
