import warp as wp


@wp.kernel
def sum_contributions(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):
    tid = wp.tid()
    sample = samples[tid]
    weight = weights[tid]
    q_rel = wp.quat_from_axis_angle(wp.normalize(sample), weight)
    contribution = wp.length(q_rel)
    wp.atomic_add(total, 0, contribution)
    wp.atomic_max(peak, 0, contribution)
