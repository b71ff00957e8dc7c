import warp as wp


SCORE_MIN = wp.constant(-16.0)
SCORE_MAX = wp.constant(16.0)
INDEX_BITS = wp.constant(16)
INDEX_MASK = wp.constant(0xFFFF)
UCB_C = wp.constant(1.41421)


@wp.func
def pack_score_key(score: float, index: wp.int32, lo: float, hi: float) -> wp.int32:
    # 15 bits of the score above 16 bits of the index: keys order as their scores do
    s = wp.clamp((score - lo) / (hi - lo), 0.0, 1.0)
    q = wp.int32(s * 32767.0)
    # ties go to the lowest index
    return (q << INDEX_BITS) | (INDEX_MASK - index)


@wp.kernel(enable_backward=False)
def select_actions(
    logits: wp.array2d[float],
    action_mask: wp.array2d[wp.int32],
    class_bias: wp.array[float],
    targets: wp.array[wp.int32],
    action_counts: wp.array2d[wp.int32],
    total_visits: wp.array[wp.int32],
    best_key: wp.array[wp.int32],
    target_logit: wp.array[float],
    partition: wp.array[float],
):
    b, k = wp.tid()
    if k >= logits.shape[1]:
        return
    # illegal actions never win
    if action_mask[b, k] == 0:
        return
    score = logits[b, k]
    # a diverged network must not win with a NaN key
    if not wp.isfinite(score):
        return
    score += class_bias[k]
    if k == targets[b]:
        target_logit[b] = score
    # upper confidence bound: rarely tried actions get a bonus
    n_row = float(total_visits[b]) + 1.0
    n_action = float(action_counts[b, k]) + 1.0
    score += UCB_C * wp.sqrt(wp.log(n_row) / n_action)
    # softmax normaliser of the row, shifted by the score bound to stay finite
    wp.atomic_add(partition, b, wp.exp(score - SCORE_MAX))
    key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)
    wp.atomic_max(best_key, b, key)
