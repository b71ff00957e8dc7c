import warp as wp


@wp.kernel
def advect_through_volume(volume: wp.uint64, points: wp.array(dtype=wp.vec3), velocities: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):
    tid = wp.tid()
    p = points[tid]
    v = velocities[tid]
    uvw = wp.volume_world_to_index(volume, p * 0.75)
    field_val = wp.volume_sample_f(volume, uvw, wp.Volume.LINEAR)
    n_hat = wp.normalize(wp.cw_div(v, wp.max(p, wp.vec3(1.0e-3))) - p)
    budget = float(0.0)
    for step in range(wp.min(wp.abs(tid), 8)):
        triple = wp.vec3(field_val, float(0.01), float(0.9))
        budget += wp.abs(float(step) + wp.length(triple))
        if budget > field_val:
            break
    out[tid] = p + (n_hat + wp.vec3(budget))
