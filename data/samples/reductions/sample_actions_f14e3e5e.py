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
def sample_actions(
    logits: wp.array2d[float],
    class_bias: wp.array[float],
    seed: wp.int32,
    best_key: wp.array[wp.int32],
    max_logit: wp.array[float],
    num_valid: wp.array[wp.int32],
):
    b, k = wp.tid()
    if k >= logits.shape[1]:
        return
    score = logits[b, k]
    # a diverged network must not win with a NaN key
    if not wp.isfinite(score):
        return
    score += class_bias[k]
    # Gumbel-max: the argmax of perturbed logits is a sample of their softmax
    rng = wp.rand_init(seed, b * logits.shape[1] + k)
    u = wp.randf(rng, 1.0e-6, 1.0)
    score = score - wp.log(-wp.log(u))
    wp.atomic_add(num_valid, b, 1)
    wp.atomic_max(max_logit, b, score)
    key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)
    wp.atomic_max(best_key, b, key)


@wp.kernel
def closest_point(
    positions: wp.array[wp.vec3],
    attractor: wp.vec3,
    inv_max_dist: float,
    closest: wp.array[wp.int32],
):
    tid = wp.tid()
    d = wp.length(positions[tid] - attractor)
    # 15 bits of distance keep the key positive in an int32
    q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)
    key = (q << INDEX_BITS) | (tid & 0xFFFF)
    wp.atomic_min(closest, 0, key)
