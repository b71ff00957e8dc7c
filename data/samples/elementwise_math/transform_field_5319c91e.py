import warp as wp


@wp.kernel
def transform_field(values: wp.array(dtype=float), scale: float, result: wp.array(dtype=float)):
    i = wp.tid()
    value = values[i]
    result[i] = value + scale
