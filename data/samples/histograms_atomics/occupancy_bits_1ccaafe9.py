import warp as wp


@wp.kernel
def occupancy_bits(values: wp.array(dtype=float), bins: wp.array(dtype=int), sums: wp.array(dtype=float)):
    tid = wp.tid()
    value = values[tid]
    composed = wp.vec3(value, float(10.0), float(1.0))
    slot = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(9)) % 1024) % 4096
    wp.atomic_sub(sums, ((tid % sums.shape[0]) + sums.shape[0]) % sums.shape[0], value)
    raw = wp.length(composed) + float(slot)
    key = wp.where(wp.isfinite(raw), raw, 0.0)
    b = wp.clamp(int(wp.abs(key) * float(bins.shape[0])) % bins.shape[0], 0, bins.shape[0] - 1)
    wp.atomic_add(bins, b, 1)
    wp.atomic_add(sums, b, key)
