import warp as wp


MU = wp.constant(255.0)


@wp.kernel
def log_quantize(values: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):
    tid = wp.tid()
    a = wp.min(wp.abs(values[tid]), 1.0)
    y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), values[tid])
    labels[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))
