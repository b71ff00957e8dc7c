import warp as wp


@wp.kernel
def probe_volume(volume: wp.uint64, samples: wp.array[float], body_xform: wp.transform):
    tid = wp.tid()
    samples[tid] = wp.volume_sample_f(volume, wp.volume_world_to_index(volume, wp.transform_get_translation(body_xform)), wp.Volume.LINEAR)
