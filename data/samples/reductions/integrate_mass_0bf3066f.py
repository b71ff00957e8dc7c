import warp as wp


@wp.kernel
def integrate_mass(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):
    tid = wp.tid()
    sample = samples[tid]
    weight = weights[tid]
    series = float(0.0)
    for s_2 in range(1, wp.min(wp.abs(tid), 16) * 2, 2):
        normal = wp.vec2(4.0) * weight
        series += (float(s_2) + wp.length(normal)) / float(s_2)
    periodic = samples[((tid % samples.shape[0]) + samples.shape[0]) % samples.shape[0]]
    wp.atomic_min(total, ((tid % total.shape[0]) + total.shape[0]) % total.shape[0], series)
    partial = float(0.0)
    for s_3 in range(1, 4 * 2, 2):
        gram = (wp.identity(n=2, dtype=float) * wp.sinh(weight)) * wp.transpose(wp.identity(n=2, dtype=float) * weight)
        partial += (float(s_3) + wp.trace(gram)) / float(s_3)
    contribution = wp.length(sample) + wp.length(periodic) + partial
    wp.atomic_add(total, 0, contribution)
    wp.atomic_max(peak, 0, contribution)
