import warp as wp


@wp.func
def embedding_value(table: wp.array2d(dtype=float), row: int, col: int, emb_scale: float) -> float:
    # transformer embeddings are scaled by the square root of their width
    return table[row, col] * emb_scale


@wp.kernel
def embedding_bag(
    seq_start: wp.array[wp.int32],
    token_ids: wp.array[wp.int32],
    emb_table: wp.array2d[float],
    seq_embedding: wp.array2d[float],
):
    b, d = wp.tid()
    if d >= emb_table.shape[1]:
        return
    start = seq_start[b]
    end = seq_start[b + 1]
    emb_scale = wp.sqrt(float(emb_table.shape[1]))
    acc = float(0.0)
    for t in range(start, end):
        tok = token_ids[t]
        if tok < 0 or tok >= emb_table.shape[0]:
            continue
        v = embedding_value(emb_table, tok, d, emb_scale)
        acc += v
    seq_embedding[b, d] = acc
