import warp as wp


node_vec = wp.types.vector(length=32, dtype=wp.float32)
graph_vec = node_vec


@wp.kernel
def sparse_residual(
    row_offsets: wp.array[wp.int32],
    col_indices: wp.array[wp.int32],
    nnz_values: wp.array[float],
    x: wp.array[float],
    b: wp.array[float],
    inv_diagonal: wp.array[float],
    z: wp.array[float],
    rz_new: wp.array[float],
    r: wp.array[float],
    r_norm_sq: wp.array[float],
):
    row = wp.tid()
    if row >= row_offsets.shape[0] - 1:
        return
    Ax = float(0.0)
    for k in range(row_offsets[row], row_offsets[row + 1]):
        col = col_indices[k]
        a_k = nnz_values[k]
        Ax += a_k * x[col]
    res = b[row] - Ax
    r[row] = res
    wp.atomic_add(r_norm_sq, 0, res * res)
    z_i = inv_diagonal[row] * res
    z[row] = z_i
    wp.atomic_add(rz_new, 0, res * z_i)


@wp.func
def tracking_reward(error: float, sigma: float) -> float:
    # 1 on target, falling off as a Gaussian of the error
    return wp.exp(-error * error / sigma)


@wp.kernel(enable_backward=False)
def compute_env_rewards(
    joint_q: wp.array2d[float],
    joint_target_pos: wp.array2d[float],
    joint_velocities: wp.array2d[float],
    actions: wp.array2d[float],
    last_actions: wp.array2d[float],
    joint_limit_lower: wp.array2d[float],
    joint_limit_upper: wp.array2d[float],
    w_track: float,
    w_dof_vel: float,
    w_action_rate: float,
    w_dof_pos_limits: float,
    rew_buf: wp.array[float],
):
    env, j = wp.tid()
    q_target = joint_target_pos[env, j]
    joint_rate = joint_velocities[env, j]
    action = actions[env, j]
    a_prev = last_actions[env, j]
    upper = joint_limit_upper[env, j]
    q = joint_q[env, j]
    reward = w_track * tracking_reward(q - q_target, 0.25)
    reward -= w_dof_vel * joint_rate * joint_rate
    da = action - a_prev
    reward -= w_action_rate * da * da
    violation = wp.max(joint_limit_lower[env, j] - q, 0.0) + wp.max(q - upper, 0.0)
    reward -= w_dof_pos_limits * violation
    wp.atomic_add(rew_buf, env, reward)


def create_global_pool_nodes_kernel(op: str):
    # a running max has no usable adjoint through the loop: that variant is forward-only
    @wp.kernel(enable_backward=op != "max")
    def global_pool_nodes(
        node_feat: wp.array[node_vec],
        graph_feat: wp.array[graph_vec],
        batch_ptr: wp.array[wp.int32],
        graph_node_count: wp.array[wp.int32],
        num_graphs: wp.int32,
        graph_size: wp.array[wp.int32],
    ):
        g = wp.tid()
        if g >= num_graphs:
            return
        start = batch_ptr[g]
        end = start + graph_node_count[g]
        graph_size[g] = wp.max(end - start, 0)
        if end <= start:
            # an empty graph reads as zeros rather than stale features
            graph_feat[g] = graph_vec()
            return
        if wp.static(op == "max"):
            acc = node_vec(-1.0e30)
        else:
            acc = node_vec()
        for k in range(start, end):
            h = node_feat[k]
            if wp.static(op == "max"):
                acc = wp.max(acc, h)
            else:
                acc += h
        if wp.static(op == "mean"):
            acc = acc / float(end - start)
        graph_feat[g] = acc
    return global_pool_nodes


global_pool_nodes_mean = create_global_pool_nodes_kernel("mean")
