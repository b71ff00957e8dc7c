import warp as wp


SCORE_MIN = wp.constant(-16.0)
SCORE_MAX = wp.constant(16.0)
INDEX_BITS = wp.constant(16)
INDEX_MASK = wp.constant(0xFFFF)
UCB_C = wp.constant(1.41421)
CHUNK = wp.constant(8)


@wp.func
def pack_score_key(score: float, index: wp.int32, lo: float, hi: float) -> wp.int32:
    # 15 bits of the score above 16 bits of the index: keys order as their scores do
    s = wp.clamp((score - lo) / (hi - lo), 0.0, 1.0)
    q = wp.int32(s * 32767.0)
    # ties go to the lowest index
    return (q << INDEX_BITS) | (INDEX_MASK - index)


@wp.kernel(enable_backward=False)
def select_ucb_actions(
    q_values: wp.array2d[float],
    action_mask: wp.array2d[wp.int32],
    targets: wp.array[wp.int32],
    visit_count: wp.array2d[wp.int32],
    row_visit_count: wp.array[wp.int32],
    env_active: wp.array[wp.int32],
    best_key: wp.array[wp.int32],
    target_logit: wp.array[float],
):
    b, k = wp.tid()
    if k >= q_values.shape[1] or env_active[b] == 0:
        return
    if action_mask[b, k] == 0:
        return
    score = q_values[b, k]
    if k == targets[b]:
        target_logit[b] = score
    n_row = float(row_visit_count[b]) + 1.0
    n_action = float(visit_count[b, k]) + 1.0
    score += UCB_C * wp.sqrt(wp.log(n_row) / n_action)
    key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)
    wp.atomic_max(best_key, b, key)


@wp.kernel
def global_reduce(data: wp.array[float], total: wp.array[float]):
    tid = wp.tid()
    x = data[tid]
    wp.atomic_add(total, 0, x * x)


@wp.func
def predict_position(x: wp.vec3, v: wp.vec3, dt: float):
    return x + v * dt


@wp.kernel
def find_nearest(
    particle_x: wp.array[wp.vec3],
    particle_v: wp.array[wp.vec3],
    anchors: wp.array[wp.vec3],
    dt: float,
    inv_max_dist: float,
    min_key: wp.array[wp.int32],
):
    tid = wp.tid()
    x = particle_x[tid]
    v = particle_v[tid]
    anchor = anchors[tid]
    d = wp.length(predict_position(x, v, dt) - anchor)
    # 15 bits of distance keep the key positive in an int32
    q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)
    key = (q << INDEX_BITS) | (tid & 0xFFFF)
    wp.atomic_min(min_key, 0, key)


@wp.kernel
def total_bits(occupancy: wp.array[wp.uint32], counter: wp.array[wp.int64]):
    tid = wp.tid()
    word = occupancy[tid]
    n = wp.bit_count(word)
    if n > 0:
        wp.atomic_add(counter, 0, wp.int64(n))


@wp.kernel
def partial_sums(data: wp.array[float], partials: wp.array[float]):
    """First pass of a two-pass reduction: one partial sum per chunk of CHUNK items."""
    tid = wp.tid()
    wp.atomic_add(partials, tid // CHUNK, wp.abs(data[tid]))
