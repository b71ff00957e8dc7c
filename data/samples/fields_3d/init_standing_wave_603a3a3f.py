import warp as wp


PI = wp.constant(3.14159265358979)


@wp.kernel
def init_standing_wave(field_out: wp.array3d(dtype=float), amplitude: float):
    i, j, k = wp.tid()
    x = float(i) / float(field_out.shape[0] - 1)
    y = float(j) / float(field_out.shape[1] - 1)
    z = float(k) / float(field_out.shape[2] - 1)
    field_out[i, j, k] = amplitude * wp.sin(PI * x) * wp.sin(PI * y) * wp.sin(PI * z)
