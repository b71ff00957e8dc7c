import warp as wp


FEATURE_DIM = 32
TWO_PI = wp.constant(2.0 * wp.pi)
feat_vec = wp.types.vector(length=FEATURE_DIM, dtype=wp.float32)


class NormKind:
    LAYER = wp.constant(0)
    RMS = wp.constant(1)


class Activation:
    NONE = wp.constant(0)
    RELU_SQUARED = wp.constant(1)
    SOFTSIGN = wp.constant(2)


def create_norm_activate_features_kernel(norm: int, activation: int, eps: float):
    @wp.kernel
    def norm_activate_features(
        hidden: wp.array(dtype=feat_vec),
        gain: feat_vec,
        hidden_out: wp.array(dtype=feat_vec),
        token_rows: wp.array(dtype=wp.int32),
        expert_weight: wp.array(dtype=float),
        residual: wp.array(dtype=feat_vec),
        residual_out: wp.array(dtype=feat_vec),
    ):
        tid = wp.tid()
        row = token_rows[tid]

        # pre-norm block: the residual stream is added before normalising
        x = hidden[row] + residual[row]
        residual_out[tid] = x
        inv_dim = wp.static(1.0 / float(FEATURE_DIM))
        if wp.static(norm == NormKind.LAYER):
            mean = wp.dot(x, feat_vec(1.0)) * inv_dim
            xc = x - feat_vec(mean)
        else:
            # RMSNorm: no centering, only the root mean square
            xc = x
        r = 1.0 / wp.sqrt(wp.dot(xc, xc) * inv_dim + eps)
        y = wp.cw_mul(xc * r, gain)
        if wp.static(activation == Activation.RELU_SQUARED):
            # squared ReLU (Primer): smooth at zero, cheap on vectors
            y_pos = wp.max(y, feat_vec())
            y = wp.cw_mul(y_pos, y_pos)
        elif wp.static(activation == Activation.SOFTSIGN):
            y = wp.cw_div(y, feat_vec(1.0) + wp.abs(y))
        # mixture-of-experts: this expert's output is weighted by the router
        hidden_out[tid] = y * expert_weight[tid]
    return norm_activate_features


norm_activate_features_none = create_norm_activate_features_kernel(NormKind.LAYER, Activation.NONE, 1.0e-6)


@wp.kernel
def advance_clocks(
    inv_masses: wp.array(dtype=float),
    phases: wp.array(dtype=float),
    phases_out: wp.array(dtype=float),
    signal: wp.array(dtype=float),
    freq: float,
    delta_time: float,
    amplitude: float,
):
    tid = wp.tid()
    w = inv_masses[tid]
    # zero inverse mass: kinematic, nothing to do
    if w == 0.0:
        return
    theta = phases[tid]
    p = theta + freq * delta_time
    # keep the phase in [0, 2 pi) for either sign of the frequency
    if p >= TWO_PI:
        p = p - TWO_PI
    elif p < 0.0:
        p = p + TWO_PI
    phases_out[tid] = p
    signal[tid] = amplitude * wp.cos(p)


@wp.kernel
def smooth_in_time(
    running_mean: wp.array(dtype=float),
    inputs: wp.array(dtype=float),
    alpha: float,
    output: wp.array(dtype=float),
):
    tid = wp.tid()
    x = inputs[tid]
    # under-relaxation: keep part of the old value
    old = running_mean[tid]
    output[tid] = old + alpha * (x - old)
