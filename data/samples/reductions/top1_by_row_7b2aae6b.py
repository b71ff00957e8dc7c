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
def top1_by_row(
    logits: wp.array2d[float],
    labels: wp.array[wp.int32],
    seed: wp.int32,
    explore_prob: float,
    best_key: wp.array[wp.int32],
    target_logit: wp.array[float],
):
    b, k = wp.tid()
    if k >= logits.shape[1]:
        return
    score = logits[b, k]
    if k == labels[b]:
        target_logit[b] = score
    rng = wp.rand_init(seed, b)
    if wp.randf(rng) < explore_prob:
        rng_k = wp.rand_init(seed, b * logits.shape[1] + k + logits.shape[0])
        score = wp.randf(rng_k, SCORE_MIN, SCORE_MAX)
    key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)
    wp.atomic_max(best_key, b, key)
