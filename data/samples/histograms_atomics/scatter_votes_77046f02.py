import warp as wp


@wp.kernel
def scatter_votes(values: wp.array(dtype=float), bins: wp.array(dtype=int), sums: wp.array(dtype=float)):
    tid = wp.tid()
    value = values[tid]
    slot = wp.int8(wp.clamp(wp.where(wp.isfinite(value), value, 0.0), 0.0, 100.0))
    energy = wp.float64(value)
    composed = wp.vec3(wp.sqrt(wp.abs(value)), value if 0.75 < 10.0 else 3.0, wp.where(False, value, 0.9))
    raw = float(slot) + float(energy) + wp.length(composed)
    key = wp.where(wp.isfinite(raw), raw, 0.0)
    b = wp.clamp(int(wp.abs(key) * float(bins.shape[0])) % bins.shape[0], 0, bins.shape[0] - 1)
    wp.atomic_add(bins, b, 1)
    wp.atomic_add(sums, b, key)
