import warp as wp


SCORE_MIN = wp.constant(-16.0)
SCORE_MAX = wp.constant(16.0)
INDEX_BITS = wp.constant(16)
INDEX_MASK = wp.constant(0xFFFF)
HUBER_DELTA = wp.constant(0.1)


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
    valid_actions: wp.array2d[int],
    labels: wp.array[int],
    seed: int,
    argmax_key: wp.array[int],
    max_logit: wp.array[float],
    target_logit: wp.array[float],
):
    """One pass over (row, class) threads: each offers a packed score-and-index key to an atomic max per row."""
    b, k = wp.tid()
    if k >= logits.shape[1]:
        return
    # illegal actions never win
    if valid_actions[b, k] == 0:
        return
    score = logits[b, k]
    # a diverged network must not win with a NaN key
    if not wp.isfinite(score):
        return
    if k == labels[b]:
        target_logit[b] = score
    # Gumbel-max: the argmax of perturbed logits is a sample of their softmax
    rng = wp.rand_init(seed, b * logits.shape[1] + k)
    u = wp.randf(rng, 1.0e-6, 1.0)
    score = score - wp.log(-wp.log(u))
    wp.atomic_max(max_logit, b, score)
    key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)
    wp.atomic_max(argmax_key, b, key)


@wp.kernel
def reduce_total(vectors: wp.array[wp.vec4], active_count: int, total: wp.array[float]):
    """Global reduction; total must be cleared before the launch."""
    tid = wp.tid()
    if tid >= active_count:
        return
    wp.atomic_max(total, 0, wp.length_sq(vectors[tid]))


@wp.kernel
def find_nearest(
    positions: wp.array[wp.vec3],
    anchors: wp.array[wp.vec3],
    inv_max_dist: float,
    best_key: wp.array[int],
):
    tid = wp.tid()
    x = positions[tid]
    d = wp.length(x - anchors[tid])
    # 15 bits of distance keep the key positive in an int32
    q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)
    key = (q << INDEX_BITS) | (tid & 0xFFFF)
    wp.atomic_min(best_key, 0, key)


@wp.kernel
def robust_loss(flags: wp.array[int], displacements: wp.array[wp.vec3], total: wp.array[float]):
    tid = wp.tid()
    if flags[tid] != 1:
        return
    residual = displacements[tid]
    loss = wp.norm_pseudo_huber(residual, HUBER_DELTA)
    wp.atomic_add(total, 0, loss)
