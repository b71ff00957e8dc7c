import warp as wp


SCORE_MIN = wp.constant(-16.0)
SCORE_MAX = wp.constant(16.0)
INDEX_BITS = wp.constant(16)
INDEX_MASK = wp.constant(0xFFFF)


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
    targets: wp.array[wp.int32],
    argmax_key: wp.array[wp.int32],
    best_score: wp.array[float],
    valid_count: wp.array[wp.int32],
    target_logit: wp.array[float],
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
    if k == targets[b]:
        target_logit[b] = score
    wp.atomic_add(valid_count, b, 1)
    wp.atomic_max(best_score, b, score)
    key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)
    wp.atomic_max(argmax_key, b, key)
