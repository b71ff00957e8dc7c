import warp as wp


@wp.kernel
def apply_channel_gain(
    act: wp.array4d[wp.float16],
    channel_scale: wp.array[wp.float16],
    out: wp.array4d[wp.float16],
):
    """Scale every channel of an NCHW tensor by its own factor."""
    n, c, y, x = wp.tid()
    out[n, c, y, x] = act[n, c, y, x] * channel_scale[c]
