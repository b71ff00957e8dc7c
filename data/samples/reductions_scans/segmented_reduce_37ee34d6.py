import warp as wp


@wp.kernel
def segmented_reduce(
    segment_ids: wp.array[wp.int32],
    vectors: wp.array[wp.vec4],
    num_items: wp.int32,
    segment_sums: wp.array[float],
):
    tid = wp.tid()
    if tid >= num_items:
        return
    seg = segment_ids[tid]
    u = vectors[tid]
    if seg >= 0 and seg < segment_sums.shape[0]:
        wp.atomic_max(segment_sums, seg, wp.length(u))


@wp.func
def embedding_value(table: wp.array2d(dtype=float), row: int, col: int, emb_scale: float) -> float:
    # transformer embeddings are scaled by the square root of their width
    return table[row, col] * emb_scale


@wp.kernel
def embedding_bag(
    cu_seqlens: wp.array[wp.int32],
    tokens: wp.array[wp.int32],
    weight: wp.array2d[float],
    token_weights: wp.array[float],
    pooled: wp.array2d[float],
    valid_tokens: wp.array[wp.int32],
):
    b, d = wp.tid()
    if d >= weight.shape[1]:
        return
    start = cu_seqlens[b]
    end = cu_seqlens[b + 1]
    emb_scale = wp.sqrt(float(weight.shape[1]))
    acc = float(0.0)
    count = wp.int32(0)
    for t in range(start, end):
        tok = tokens[t]
        if tok < 0 or tok >= weight.shape[0]:
            continue
        v = embedding_value(weight, tok, d, emb_scale)
        v *= token_weights[t]
        acc += v
        count += 1
    pooled[b, d] = acc
    if d == 0:
        valid_tokens[b] = count


@wp.kernel
def csr_row_products(
    row_offsets: wp.array[wp.int32],
    columns: wp.array[wp.int32],
    matrix_entries: wp.array[float],
    x_in: wp.array[float],
    y_out: wp.array[float],
):
    row = wp.tid()
    if row >= row_offsets.shape[0] - 1:
        return
    Ax = float(0.0)
    for k in range(row_offsets[row], row_offsets[row + 1]):
        col = columns[k]
        a_k = matrix_entries[k]
        Ax += a_k * x_in[col]
    y_out[row] = Ax


@wp.func
def tracking_reward(error: float, sigma: float) -> float:
    # 1 on target, falling off as a Gaussian of the error
    return wp.exp(-error * error / sigma)


@wp.kernel(enable_backward=False)
def compute_rewards(
    joint_q: wp.array2d[float],
    joint_target_pos: wp.array2d[float],
    tracking_weight: float,
    tracking_sigma: float,
    rewards: wp.array[float],
):
    """Reward terms per dof of each environment, reduced into one reward per environment."""
    env, j = wp.tid()
    q_j = joint_q[env, j]
    q_target = joint_target_pos[env, j]
    reward = tracking_weight * tracking_reward(q_j - q_target, tracking_sigma)
    wp.atomic_add(rewards, env, reward)
