import warp as wp


@wp.kernel
def init_mode(spatial_freq: float, amplitude: float, field_out: wp.array3d[float]):
    """Initial condition on a 3D grid: a resonant mode of the box."""
    i, j, k = wp.tid()

    # normalised coordinates in [0, 1]
    x = (float(i) + 0.5) / float(field_out.shape[0])
    y = (float(j) + 0.5) / float(field_out.shape[1])
    z = (float(k) + 0.5) / float(field_out.shape[2])
    c = 0.5
    r = wp.sqrt((x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c))
    field_out[i, j, k] = amplitude * wp.cos(spatial_freq * r)


@wp.kernel
def step_field(dissipation: float, time_step: float, concentration: wp.array3d[wp.vec3]):
    i, j, k = wp.tid()
    concentration[i, j, k] *= 1.0 - dissipation * time_step
