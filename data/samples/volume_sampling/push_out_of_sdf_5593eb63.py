import warp as wp


@wp.kernel
def push_out_of_sdf(
    sdf_volume: wp.uint64,
    positions: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    margin: float,
    dt: float,
    x_out: wp.array[wp.vec3],
):
    tid = wp.tid()
    p = positions[tid]
    v = particle_v[tid]
    v_new = v + wp.vec3(0.0, -9.81, 0.0) * dt
    x_pred = p + v_new * dt
    x_local = wp.volume_world_to_index(sdf_volume, x_pred)
    n = wp.vec3()
    d = wp.volume_sample_grad_f(sdf_volume, x_local, wp.Volume.LINEAR, n)
    if d < margin:
        # gradient from index to world space, then project out
        n = wp.normalize(wp.volume_index_to_world_dir(sdf_volume, n))
        x_pred = x_pred - n * (d - margin)
        v_new = v_new - n * wp.min(wp.dot(v_new, n), 0.0)
    x_out[tid] = x_pred
    particle_v[tid] = v_new
