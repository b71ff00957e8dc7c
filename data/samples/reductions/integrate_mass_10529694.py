import warp as wp


@wp.kernel
def integrate_mass(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):
    tid = wp.tid()
    sample = samples[tid]
    weight = weights[tid]
    cell_id = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(1)) % 1024) % 4096
    radius_2 = wp.length(sample - wp.lerp(wp.vec3(0.5, 0.75, 0.25), wp.vec3(0.01, 0.1, 3.0), wp.clamp(weight, 0.0, 1.0)))
    contribution = float(cell_id) + radius_2
    wp.atomic_add(total, 0, contribution)
    wp.atomic_max(peak, 0, contribution)
