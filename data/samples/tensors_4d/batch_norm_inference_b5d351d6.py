import warp as wp


@wp.kernel
def batch_norm_inference(
    activations: wp.array4d(dtype=float),
    mean: wp.array(dtype=float),
    running_var: wp.array(dtype=float),
    gamma: wp.array(dtype=float),
    beta: wp.array(dtype=float),
    outputs: wp.array4d(dtype=float),
):
    """Normalise each channel and apply its affine scale and shift."""
    n, c, y, x = wp.tid()
    val = activations[n, c, y, x]
    inv_std = 1.0 / wp.sqrt(running_var[c] + 1.0e-5)
    x_hat = (val - mean[c]) * inv_std
    outputs[n, c, y, x] = gamma[c] * x_hat + beta[c]


@wp.kernel
def rescale_tensor(
    inputs: wp.array4d(dtype=float),
    gains: wp.array4d(dtype=float),
    biases: wp.array4d(dtype=float),
    output: wp.array4d(dtype=float),
):
    """Elementwise affine map of an NCHW tensor."""
    n, c, y, x = wp.tid()
    v = inputs[n, c, y, x]
    bias = biases[n, c, y, x]
    output[n, c, y, x] = v * gains[n, c, y, x] + bias


@wp.kernel
def activate(logits: wp.array4d(dtype=float), activations: wp.array4d(dtype=float)):
    n, c, y, x = wp.tid()
    z = logits[n, c, y, x]
    gate = 1.0 / (1.0 + wp.exp(-z))
    activations[n, c, y, x] = gate


@wp.kernel
def per_channel_affine(channel_scale: wp.array(dtype=float), inputs: wp.array4d(dtype=float)):
    n, c, y, x = wp.tid()
    a = inputs[n, c, y, x]
    inputs[n, c, y, x] = a * channel_scale[c]
