import warp as wp


HUBER_DELTA = wp.constant(0.1)
node_vec = wp.types.vector(length=8, dtype=wp.float32)
graph_vec = node_vec


@wp.kernel
def robust_loss(
    num_active: wp.array[wp.int32],
    active: wp.array[wp.int32],
    offsets: wp.array[wp.vec2],
    total: wp.array[float],
):
    """Total fitting error over all residuals, with a choice of norm."""
    tid = wp.tid()
    if tid >= num_active[0] or active[tid] == 0:
        return
    residual = offsets[tid]
    loss = wp.norm_pseudo_huber(residual, HUBER_DELTA)
    wp.atomic_add(total, 0, loss)


@wp.kernel
def copy_scaled(gains: wp.array4d[float], biases: wp.array4d[float], inputs: wp.array4d[float]):
    n, c, y, x = wp.tid()
    v = inputs[n, c, y, x]
    s = gains[n, c, y, x]
    bias = biases[n, c, y, x]
    inputs[n, c, y, x] = v * s + bias


def create_segment_pool_features_kernel(op: str):
    @wp.kernel(enable_backward=op != "max")
    def segment_pool_features(
        node_feat: wp.array[node_vec],
        graph_feat: wp.array[graph_vec],
        graph_node_start: wp.array[wp.int32],
        graph_node_count: wp.array[wp.int32],
        node_weight: wp.array[float],
        num_graphs: wp.int32,
    ):
        g = wp.tid()
        if g >= num_graphs:
            return
        start = graph_node_start[g]
        end = start + graph_node_count[g]
        if end <= start:
            graph_feat[g] = graph_vec()
            return
        if wp.static(op == "max"):
            pooled = node_vec(-1.0e30)
        else:
            pooled = node_vec()
        for k in range(start, end):
            x_v = node_feat[k] * node_weight[k]
            if wp.static(op == "max"):
                pooled = wp.max(pooled, x_v)
            else:
                pooled += x_v
        if wp.static(op == "mean"):
            pooled = pooled / float(end - start)
        graph_feat[g] = pooled
    return segment_pool_features


segment_pool_features_mean = create_segment_pool_features_kernel("mean")
