import warp as wp


@wp.kernel
def apply_activation(values: wp.array(dtype=float), scale: float, result: wp.array(dtype=float)):
    i = wp.tid()
    value = values[i]
    code_2 = (i - 4) + i
    result[i] = value + scale + float(code_2)
