import warp as wp


SCORE_MIN = wp.constant(-16.0)
SCORE_MAX = wp.constant(16.0)
INDEX_BITS = wp.constant(16)
UCB_C = wp.constant(1.41421)


@wp.func
def pack_score_key(score: float, index: wp.int32, lo: float, hi: float) -> wp.int32:
    # 15 bits of the score above 16 bits of the index: keys order as their scores do
    s = wp.clamp((score - lo) / (hi - lo), 0.0, 1.0)
    q = wp.int32(s * 32767.0)
    return (q << INDEX_BITS) | index


@wp.kernel(enable_backward=False)
def select_actions(
    q_values: wp.array2d(dtype=float),
    action_mask: wp.array2d(dtype=wp.int32),
    class_bias: wp.array(dtype=float),
    targets: wp.array(dtype=wp.int32),
    visit_count: wp.array2d(dtype=wp.int32),
    row_visit_count: wp.array(dtype=wp.int32),
    env_active: wp.array(dtype=wp.int32),
    best_key: wp.array(dtype=wp.int32),
    num_valid: wp.array(dtype=wp.int32),
    target_logit: wp.array(dtype=float),
    exp_sum: wp.array(dtype=float),
):
    b, k = wp.tid()
    if k >= q_values.shape[1] or env_active[b] == 0:
        return
    if action_mask[b, k] == 0:
        return
    score = q_values[b, k]
    if not wp.isfinite(score):
        return
    score += class_bias[k]
    if k == targets[b]:
        target_logit[b] = score
    n_row = float(row_visit_count[b]) + 1.0
    n_action = float(visit_count[b, k]) + 1.0
    score += UCB_C * wp.sqrt(wp.log(n_row) / n_action)
    wp.atomic_add(exp_sum, b, wp.exp(score - SCORE_MAX))
    wp.atomic_add(num_valid, b, 1)
    key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)
    wp.atomic_max(best_key, b, key)
