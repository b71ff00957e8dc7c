import warp as wp


SCORE_MIN = wp.constant(-16.0)
SCORE_MAX = wp.constant(16.0)
INDEX_BITS = wp.constant(16)
INDEX_MASK = wp.constant(0xFFFF)
UCB_C = wp.constant(1.41421)
FEATURE_DIM = 8
feat_vec = wp.types.vector(length=FEATURE_DIM, dtype=wp.float32)


@wp.func
def pack_score_key(score: float, index: wp.int32, lo: float, hi: float) -> wp.int32:
    # 15 bits of the score above 16 bits of the index: keys order as their scores do
    s = wp.clamp((score - lo) / (hi - lo), 0.0, 1.0)
    q = wp.int32(s * 32767.0)
    # ties go to the lowest index
    return (q << INDEX_BITS) | (INDEX_MASK - index)


@wp.kernel(enable_backward=False)
def select_ucb_actions(
    logits: wp.array2d[float],
    action_mask: wp.array2d[wp.int32],
    action_counts: wp.array2d[wp.int32],
    total_visits: wp.array[wp.int32],
    running: wp.array[wp.int32],
    best_key: wp.array[wp.int32],
    num_valid: wp.array[wp.int32],
):
    b, k = wp.tid()
    if k >= logits.shape[1] or running[b] == 0:
        return
    # illegal actions never win
    if action_mask[b, k] == 0:
        return
    score = logits[b, k]
    # upper confidence bound: rarely tried actions get a bonus
    n_row = float(total_visits[b]) + 1.0
    n_action = float(action_counts[b, k]) + 1.0
    score += UCB_C * wp.sqrt(wp.log(n_row) / n_action)
    wp.atomic_add(num_valid, b, 1)
    key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)
    wp.atomic_max(best_key, b, key)


@wp.kernel
def step_params(learning_rate: float, theta: wp.array[float], grads: wp.array[float]):
    tid = wp.tid()
    theta[tid] = theta[tid] - learning_rate * grads[tid]


def create_normalize_hidden_kernel(norm: str, activation: str, eps: float):
    @wp.kernel
    def normalize_hidden(
        hidden: wp.array[feat_vec],
        gain: feat_vec,
        hidden_out: wp.array[feat_vec],
        kept_rows: wp.array[wp.int32],
        attention_mask: wp.array[wp.int32],
        bias: feat_vec,
    ):
        tid = wp.tid()
        row = kept_rows[tid]
        if attention_mask[row] == 0:
            # padding rows stay zero so later reductions can ignore them
            hidden_out[tid] = feat_vec()
            return
        x = hidden[row]
        inv_dim = wp.static(1.0 / float(FEATURE_DIM))
        if wp.static(norm == "layer"):
            mean = wp.dot(x, feat_vec(1.0)) * inv_dim
            xc = x - feat_vec(mean)
        else:
            # RMSNorm: no centering, only the root mean square
            xc = x
        r = 1.0 / wp.sqrt(wp.dot(xc, xc) * inv_dim + eps)
        y = wp.cw_mul(xc * r, gain) + bias
        if wp.static(activation == "relu_squared"):
            # squared ReLU (Primer): smooth at zero, cheap on vectors
            y_pos = wp.max(y, feat_vec())
            y = wp.cw_mul(y_pos, y_pos)
        elif wp.static(activation == "softsign"):
            y = wp.cw_div(y, feat_vec(1.0) + wp.abs(y))
        hidden_out[tid] = y
    return normalize_hidden


normalize_hidden_relu_squared = create_normalize_hidden_kernel("layer", "relu_squared", 1.0e-5)


@wp.kernel
def nonlinearity(inputs: wp.array[float], hidden: wp.array[float]):
    tid = wp.tid()
    hidden[tid] = wp.atan(inputs[tid]) * (2.0 / wp.pi)


@wp.kernel
def affine_tensor(
    features: wp.array4d[float],
    scales: wp.array4d[float],
    offset: float,
    features_out: wp.array4d[float],
):
    n, c, y, x = wp.tid()
    a = features[n, c, y, x]
    gain = scales[n, c, y, x]
    features_out[n, c, y, x] = (a - offset) * gain


@wp.kernel
def fit_error(displacements: wp.array[wp.vec2], accum: wp.array[float]):
    tid = wp.tid()
    residual = displacements[tid]
    loss = wp.norm_l1(residual)
    wp.atomic_add(accum, 0, loss)
