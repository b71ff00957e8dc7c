import warp as wp


MU = wp.constant(255.0)


@wp.kernel
def encode_pcm8(data: wp.array(dtype=float), side: wp.array(dtype=wp.int8)):
    tid = wp.tid()
    x = data[tid]
    a = wp.min(wp.abs(x), 1.0)
    y = wp.copysign(wp.log(1.0 + MU * a) / wp.log(1.0 + MU), x)
    side[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))
