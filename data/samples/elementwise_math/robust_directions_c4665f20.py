import warp as wp


FEATURE_DIM = 16
feat_vec = wp.types.vector(length=FEATURE_DIM, dtype=wp.float32)


@wp.kernel
def robust_directions(
    item_count: wp.array[wp.int32],
    vectors: wp.array[wp.vec3],
    vectors_out: wp.array[wp.vec3],
):
    """Differentiable normalisation of each vector."""
    tid = wp.tid()
    if tid >= item_count[0]:
        return
    vectors_out[tid] = wp.smooth_normalize(vectors[tid], 0.1)


@wp.kernel
def rotate_phases(
    theta: wp.array[float],
    natural_freq: wp.array[float],
    time_step: float,
    phase_new: wp.array[float],
):
    tid = wp.tid()
    phi = theta[tid]
    p = phi + natural_freq[tid] * time_step
    phase_new[tid] = p


def create_layer_norm_rows_kernel(norm: str, activation: str, eps: float):
    @wp.kernel
    def layer_norm_rows(
        hidden: wp.array[feat_vec],
        gain: feat_vec,
        hidden_out: wp.array[feat_vec],
        row_ids: wp.array[wp.int32],
        token_mask: wp.array[wp.int32],
        router_prob: wp.array[float],
        residual: wp.array[feat_vec],
        bias: feat_vec,
    ):
        """Normalise each row of hidden features (LayerNorm or RMSNorm) and scale by the learned gain; norm and epsilon are closure constants."""
        tid = wp.tid()
        row = row_ids[tid]
        if token_mask[row] == 0:
            hidden_out[tid] = feat_vec()
            return
        h = hidden[row] + residual[row]
        inv_dim = wp.static(1.0 / float(FEATURE_DIM))
        if wp.static(norm == "layer"):
            mean = wp.dot(h, feat_vec(1.0)) * inv_dim
            centered = h - feat_vec(mean)
        else:
            centered = h
        inv_rms = 1.0 / wp.sqrt(wp.dot(centered, centered) * inv_dim + eps)
        y = wp.cw_mul(centered * inv_rms, gain) + bias
        if wp.static(activation == "relu_squared"):
            y_pos = wp.max(y, feat_vec())
            y = wp.cw_mul(y_pos, y_pos)
        elif wp.static(activation == "softsign"):
            y = wp.cw_div(y, feat_vec(1.0) + wp.abs(y))
        hidden_out[tid] = y * router_prob[tid]
    return layer_norm_rows


layer_norm_rows_none = create_layer_norm_rows_kernel("layer", "none", 1.0e-6)
