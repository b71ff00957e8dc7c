// Warp 1.19.0 cpu code for norm_activate_features_c6681845.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd {
    wp::array_t<wp::vec_t<32, wp::float32>> hidden;
    wp::vec_t<32, wp::float32> gain;
    wp::array_t<wp::vec_t<32, wp::float32>> hidden_out;
    wp::array_t<wp::int32> token_rows;
    wp::array_t<wp::float32> expert_weight;
    wp::array_t<wp::vec_t<32, wp::float32>> residual;
    wp::array_t<wp::vec_t<32, wp::float32>> residual_out;
};


template <bool wp_linear_contiguous>
static void create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.hidden.strides[0] = sizeof(wp::vec_t<32, wp::float32>);
        wp_contiguous_args.hidden_out.strides[0] = sizeof(wp::vec_t<32, wp::float32>);
        wp_contiguous_args.token_rows.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.expert_weight.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.residual.strides[0] = sizeof(wp::vec_t<32, wp::float32>);
        wp_contiguous_args.residual_out.strides[0] = sizeof(wp::vec_t<32, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<32, wp::float32>> var_hidden = _wp_args->hidden;
    wp::vec_t<32, wp::float32> var_gain = _wp_args->gain;
    wp::array_t<wp::vec_t<32, wp::float32>> var_hidden_out = _wp_args->hidden_out;
    wp::array_t<wp::int32> var_token_rows = _wp_args->token_rows;
    wp::array_t<wp::float32> var_expert_weight = _wp_args->expert_weight;
    wp::array_t<wp::vec_t<32, wp::float32>> var_residual = _wp_args->residual;
    wp::array_t<wp::vec_t<32, wp::float32>> var_residual_out = _wp_args->residual_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<32, wp::float32>* var_4;
    wp::vec_t<32, wp::float32>* var_5;
    wp::vec_t<32, wp::float32> var_6;
    wp::vec_t<32, wp::float32> var_7;
    wp::vec_t<32, wp::float32> var_8;
    const wp::float32 var_9 = 0.03125;
    const bool var_10 = true;
    const wp::float32 var_11 = 1.0;
    wp::vec_t<32, wp::float32> var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<32, wp::float32> var_15;
    wp::vec_t<32, wp::float32> var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 1e-06;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<32, wp::float32> var_24;
    wp::vec_t<32, wp::float32> var_25;
    const bool var_26 = false;
    const bool var_27 = false;
    wp::float32* var_28;
    wp::vec_t<32, wp::float32> var_29;
    wp::float32 var_30;
    //---------
    // forward
    // def norm_activate_features(                                                            <L 22>
    // tid = wp.tid()                                                                         <L 31>
    var_0 = builtin_tid1d();
    // row = token_rows[tid]                                                                  <L 32>
    var_1 = wp::address(var_token_rows, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x = hidden[row] + residual[row]                                                        <L 35>
    var_4 = wp::address(var_hidden, var_2);
    var_5 = wp::address(var_residual, var_2);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::add(var_7, var_8);
    // residual_out[tid] = x                                                                  <L 36>
    wp::array_store(var_residual_out, var_0, var_6);
    // inv_dim = wp.static(1.0 / float(FEATURE_DIM))                                          <L 37>
    // if wp.static(norm == NormKind.LAYER):                                                  <L 38>
    // mean = wp.dot(x, feat_vec(1.0)) * inv_dim                                              <L 39>
    var_12 = wp::vec_t<32, wp::float32>(var_11);
    var_13 = wp::dot(var_6, var_12);
    var_14 = wp::mul(var_13, var_9);
    // xc = x - feat_vec(mean)                                                                <L 40>
    var_15 = wp::vec_t<32, wp::float32>(var_14);
    var_16 = wp::sub(var_6, var_15);
    // r = 1.0 / wp.sqrt(wp.dot(xc, xc) * inv_dim + eps)                                      <L 44>
    var_18 = wp::dot(var_16, var_16);
    var_19 = wp::mul(var_18, var_9);
    var_21 = wp::add(var_19, var_20);
    var_22 = wp::sqrt(var_21);
    var_23 = wp::div(var_17, var_22);
    // y = wp.cw_mul(xc * r, gain)                                                            <L 45>
    var_24 = wp::mul(var_16, var_23);
    var_25 = wp::cw_mul(var_24, var_gain);
    // if wp.static(activation == Activation.RELU_SQUARED):                                   <L 46>
    // elif wp.static(activation == Activation.SOFTSIGN):                                     <L 50>
    // hidden_out[tid] = y * expert_weight[tid]                                               <L 53>
    var_28 = wp::address(var_expert_weight, var_0);
    var_30 = wp::load(var_28);
    var_29 = wp::mul(var_25, var_30);
    wp::array_store(var_hidden_out, var_0, var_29);
}



template <bool wp_linear_contiguous>
static void create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd *_wp_args,
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd wp_contiguous_args;
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.hidden.strides[0] = sizeof(wp::vec_t<32, wp::float32>);
        wp_contiguous_adj_args.hidden.strides[0] = sizeof(wp::vec_t<32, wp::float32>);
        wp_contiguous_args.hidden_out.strides[0] = sizeof(wp::vec_t<32, wp::float32>);
        wp_contiguous_adj_args.hidden_out.strides[0] = sizeof(wp::vec_t<32, wp::float32>);
        wp_contiguous_args.token_rows.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.token_rows.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.expert_weight.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.expert_weight.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.residual.strides[0] = sizeof(wp::vec_t<32, wp::float32>);
        wp_contiguous_adj_args.residual.strides[0] = sizeof(wp::vec_t<32, wp::float32>);
        wp_contiguous_args.residual_out.strides[0] = sizeof(wp::vec_t<32, wp::float32>);
        wp_contiguous_adj_args.residual_out.strides[0] = sizeof(wp::vec_t<32, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<32, wp::float32>> var_hidden = _wp_args->hidden;
    wp::vec_t<32, wp::float32> var_gain = _wp_args->gain;
    wp::array_t<wp::vec_t<32, wp::float32>> var_hidden_out = _wp_args->hidden_out;
    wp::array_t<wp::int32> var_token_rows = _wp_args->token_rows;
    wp::array_t<wp::float32> var_expert_weight = _wp_args->expert_weight;
    wp::array_t<wp::vec_t<32, wp::float32>> var_residual = _wp_args->residual;
    wp::array_t<wp::vec_t<32, wp::float32>> var_residual_out = _wp_args->residual_out;
    wp::array_t<wp::vec_t<32, wp::float32>> adj_hidden = _wp_adj_args->hidden;
    wp::vec_t<32, wp::float32> adj_gain = _wp_adj_args->gain;
    wp::array_t<wp::vec_t<32, wp::float32>> adj_hidden_out = _wp_adj_args->hidden_out;
    wp::array_t<wp::int32> adj_token_rows = _wp_adj_args->token_rows;
    wp::array_t<wp::float32> adj_expert_weight = _wp_adj_args->expert_weight;
    wp::array_t<wp::vec_t<32, wp::float32>> adj_residual = _wp_adj_args->residual;
    wp::array_t<wp::vec_t<32, wp::float32>> adj_residual_out = _wp_adj_args->residual_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<32, wp::float32>* var_4;
    wp::vec_t<32, wp::float32>* var_5;
    wp::vec_t<32, wp::float32> var_6;
    wp::vec_t<32, wp::float32> var_7;
    wp::vec_t<32, wp::float32> var_8;
    const wp::float32 var_9 = 0.03125;
    const bool var_10 = true;
    const wp::float32 var_11 = 1.0;
    wp::vec_t<32, wp::float32> var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<32, wp::float32> var_15;
    wp::vec_t<32, wp::float32> var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 1e-06;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<32, wp::float32> var_24;
    wp::vec_t<32, wp::float32> var_25;
    const bool var_26 = false;
    const bool var_27 = false;
    wp::float32* var_28;
    wp::vec_t<32, wp::float32> var_29;
    wp::float32 var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<32, wp::float32> adj_4 = {};
    wp::vec_t<32, wp::float32> adj_5 = {};
    wp::vec_t<32, wp::float32> adj_6 = {};
    wp::vec_t<32, wp::float32> adj_7 = {};
    wp::vec_t<32, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<32, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<32, wp::float32> adj_15 = {};
    wp::vec_t<32, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<32, wp::float32> adj_24 = {};
    wp::vec_t<32, wp::float32> adj_25 = {};
    bool adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<32, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    //---------
    // forward
    // def norm_activate_features(                                                            <L 22>
    // tid = wp.tid()                                                                         <L 31>
    var_0 = builtin_tid1d();
    // row = token_rows[tid]                                                                  <L 32>
    var_1 = wp::address(var_token_rows, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x = hidden[row] + residual[row]                                                        <L 35>
    var_4 = wp::address(var_hidden, var_2);
    var_5 = wp::address(var_residual, var_2);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::add(var_7, var_8);
    // residual_out[tid] = x                                                                  <L 36>
    // wp::array_store(var_residual_out, var_0, var_6);
    // inv_dim = wp.static(1.0 / float(FEATURE_DIM))                                          <L 37>
    // if wp.static(norm == NormKind.LAYER):                                                  <L 38>
    // mean = wp.dot(x, feat_vec(1.0)) * inv_dim                                              <L 39>
    var_12 = wp::vec_t<32, wp::float32>(var_11);
    var_13 = wp::dot(var_6, var_12);
    var_14 = wp::mul(var_13, var_9);
    // xc = x - feat_vec(mean)                                                                <L 40>
    var_15 = wp::vec_t<32, wp::float32>(var_14);
    var_16 = wp::sub(var_6, var_15);
    // r = 1.0 / wp.sqrt(wp.dot(xc, xc) * inv_dim + eps)                                      <L 44>
    var_18 = wp::dot(var_16, var_16);
    var_19 = wp::mul(var_18, var_9);
    var_21 = wp::add(var_19, var_20);
    var_22 = wp::sqrt(var_21);
    var_23 = wp::div(var_17, var_22);
    // y = wp.cw_mul(xc * r, gain)                                                            <L 45>
    var_24 = wp::mul(var_16, var_23);
    var_25 = wp::cw_mul(var_24, var_gain);
    // if wp.static(activation == Activation.RELU_SQUARED):                                   <L 46>
    // elif wp.static(activation == Activation.SOFTSIGN):                                     <L 50>
    // hidden_out[tid] = y * expert_weight[tid]                                               <L 53>
    var_28 = wp::address(var_expert_weight, var_0);
    var_30 = wp::load(var_28);
    var_29 = wp::mul(var_25, var_30);
    // wp::array_store(var_hidden_out, var_0, var_29);
    //---------
    // reverse
    wp::adj_array_store(var_hidden_out, var_0, var_29, adj_hidden_out, adj_0, adj_29);
    wp::adj_mul(var_25, var_30, adj_25, adj_28, adj_29);
    wp::adj_address(var_expert_weight, var_0, adj_expert_weight, adj_0, adj_28);
    // adj: hidden_out[tid] = y * expert_weight[tid]                                          <L 53>
    // adj: elif wp.static(activation == Activation.SOFTSIGN):                                <L 50>
    // adj: if wp.static(activation == Activation.RELU_SQUARED):                              <L 46>
    wp::adj_cw_mul(var_24, var_gain, adj_24, adj_gain, adj_25);
    wp::adj_mul(var_16, var_23, adj_16, adj_23, adj_24);
    // adj: y = wp.cw_mul(xc * r, gain)                                                       <L 45>
    wp::adj_div(var_17, var_22, var_23, adj_17, adj_22, adj_23);
    wp::adj_sqrt(var_21, var_22, adj_21, adj_22);
    wp::adj_add(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_mul(var_18, var_9, adj_18, adj_9, adj_19);
    wp::adj_dot(var_16, var_16, adj_16, adj_16, adj_18);
    // adj: r = 1.0 / wp.sqrt(wp.dot(xc, xc) * inv_dim + eps)                                 <L 44>
    wp::adj_sub(var_6, var_15, adj_6, adj_15, adj_16);
    wp::adj_vec_t(var_14, adj_14, adj_15);
    // adj: xc = x - feat_vec(mean)                                                           <L 40>
    wp::adj_mul(var_13, var_9, adj_13, adj_9, adj_14);
    wp::adj_dot(var_6, var_12, adj_6, adj_12, adj_13);
    wp::adj_vec_t(var_11, adj_11, adj_12);
    // adj: mean = wp.dot(x, feat_vec(1.0)) * inv_dim                                         <L 39>
    // adj: if wp.static(norm == NormKind.LAYER):                                             <L 38>
    // adj: inv_dim = wp.static(1.0 / float(FEATURE_DIM))                                     <L 37>
    wp::adj_array_store(var_residual_out, var_0, var_6, adj_residual_out, adj_0, adj_6);
    // adj: residual_out[tid] = x                                                             <L 36>
    wp::adj_add(var_7, var_8, adj_4, adj_5, adj_6);
    wp::adj_address(var_residual, var_2, adj_residual, adj_2, adj_5);
    wp::adj_address(var_hidden, var_2, adj_hidden, adj_2, adj_4);
    // adj: x = hidden[row] + residual[row]                                                   <L 35>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_token_rows, var_0, adj_token_rows, adj_0, adj_1);
    // adj: row = token_rows[tid]                                                             <L 32>
    // adj: tid = wp.tid()                                                                    <L 31>
    // adj: def norm_activate_features(                                                       <L 22>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->hidden.strides[0] == (int)sizeof(wp::vec_t<32, wp::float32>)) & (_wp_args->hidden_out.strides[0] == (int)sizeof(wp::vec_t<32, wp::float32>)) & (_wp_args->token_rows.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->expert_weight.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->residual.strides[0] == (int)sizeof(wp::vec_t<32, wp::float32>)) & (_wp_args->residual_out.strides[0] == (int)sizeof(wp::vec_t<32, wp::float32>)));
    if (wp_linear_contiguous)
        create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd *_wp_args)
{
    create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd *_wp_args,
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd *_wp_args,
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->hidden.strides[0] == (int)sizeof(wp::vec_t<32, wp::float32>)) & (_wp_adj_args->hidden.strides[0] == (int)sizeof(wp::vec_t<32, wp::float32>)) & (_wp_args->hidden_out.strides[0] == (int)sizeof(wp::vec_t<32, wp::float32>)) & (_wp_adj_args->hidden_out.strides[0] == (int)sizeof(wp::vec_t<32, wp::float32>)) & (_wp_args->token_rows.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->token_rows.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->expert_weight.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->expert_weight.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->residual.strides[0] == (int)sizeof(wp::vec_t<32, wp::float32>)) & (_wp_adj_args->residual.strides[0] == (int)sizeof(wp::vec_t<32, wp::float32>)) & (_wp_args->residual_out.strides[0] == (int)sizeof(wp::vec_t<32, wp::float32>)) & (_wp_adj_args->residual_out.strides[0] == (int)sizeof(wp::vec_t<32, wp::float32>)));
    if (wp_linear_contiguous)
        create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd *_wp_args,
    wp_args_create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd *_wp_adj_args)
{
    create_norm_activate_features_kernel__locals__norm_activate_features_2d2be5dd_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_smooth_in_time_613d581c {
    wp::array_t<wp::float32> running_mean;
    wp::array_t<wp::float32> inputs;
    wp::float32 alpha;
    wp::array_t<wp::float32> output;
};


template <bool wp_linear_contiguous>
static void smooth_in_time_613d581c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_smooth_in_time_613d581c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_smooth_in_time_613d581c wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.running_mean.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.inputs.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.output.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_running_mean = _wp_args->running_mean;
    wp::array_t<wp::float32> var_inputs = _wp_args->inputs;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::array_t<wp::float32> var_output = _wp_args->output;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def smooth_in_time(                                                                    <L 87>
    // tid = wp.tid()                                                                         <L 93>
    var_0 = builtin_tid1d();
    // x = inputs[tid]                                                                        <L 94>
    var_1 = wp::address(var_inputs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // old = running_mean[tid]                                                                <L 96>
    var_4 = wp::address(var_running_mean, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // output[tid] = old + alpha * (x - old)                                                  <L 97>
    var_7 = wp::sub(var_2, var_5);
    var_8 = wp::mul(var_alpha, var_7);
    var_9 = wp::add(var_5, var_8);
    wp::array_store(var_output, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void smooth_in_time_613d581c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_smooth_in_time_613d581c *_wp_args,
    wp_args_smooth_in_time_613d581c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_smooth_in_time_613d581c wp_contiguous_args;
    wp_args_smooth_in_time_613d581c wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.running_mean.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.running_mean.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.inputs.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.inputs.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.output.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.output.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_running_mean = _wp_args->running_mean;
    wp::array_t<wp::float32> var_inputs = _wp_args->inputs;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::array_t<wp::float32> var_output = _wp_args->output;
    wp::array_t<wp::float32> adj_running_mean = _wp_adj_args->running_mean;
    wp::array_t<wp::float32> adj_inputs = _wp_adj_args->inputs;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    wp::array_t<wp::float32> adj_output = _wp_adj_args->output;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def smooth_in_time(                                                                    <L 87>
    // tid = wp.tid()                                                                         <L 93>
    var_0 = builtin_tid1d();
    // x = inputs[tid]                                                                        <L 94>
    var_1 = wp::address(var_inputs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // old = running_mean[tid]                                                                <L 96>
    var_4 = wp::address(var_running_mean, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // output[tid] = old + alpha * (x - old)                                                  <L 97>
    var_7 = wp::sub(var_2, var_5);
    var_8 = wp::mul(var_alpha, var_7);
    var_9 = wp::add(var_5, var_8);
    // wp::array_store(var_output, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_output, var_0, var_9, adj_output, adj_0, adj_9);
    wp::adj_add(var_5, var_8, adj_5, adj_8, adj_9);
    wp::adj_mul(var_alpha, var_7, adj_alpha, adj_7, adj_8);
    wp::adj_sub(var_2, var_5, adj_2, adj_5, adj_7);
    // adj: output[tid] = old + alpha * (x - old)                                             <L 97>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_running_mean, var_0, adj_running_mean, adj_0, adj_4);
    // adj: old = running_mean[tid]                                                           <L 96>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_inputs, var_0, adj_inputs, adj_0, adj_1);
    // adj: x = inputs[tid]                                                                   <L 94>
    // adj: tid = wp.tid()                                                                    <L 93>
    // adj: def smooth_in_time(                                                               <L 87>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void smooth_in_time_613d581c_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_smooth_in_time_613d581c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        smooth_in_time_613d581c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void smooth_in_time_613d581c_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_smooth_in_time_613d581c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->running_mean.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->inputs.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->output.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        smooth_in_time_613d581c_cpu_forward_tasks<true>(dim, _wp_args);
    else
        smooth_in_time_613d581c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void smooth_in_time_613d581c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_smooth_in_time_613d581c *_wp_args)
{
    smooth_in_time_613d581c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void smooth_in_time_613d581c_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_smooth_in_time_613d581c *_wp_args,
    wp_args_smooth_in_time_613d581c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        smooth_in_time_613d581c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void smooth_in_time_613d581c_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_smooth_in_time_613d581c *_wp_args,
    wp_args_smooth_in_time_613d581c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->running_mean.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->running_mean.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->inputs.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->inputs.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->output.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->output.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        smooth_in_time_613d581c_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        smooth_in_time_613d581c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void smooth_in_time_613d581c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_smooth_in_time_613d581c *_wp_args,
    wp_args_smooth_in_time_613d581c *_wp_adj_args)
{
    smooth_in_time_613d581c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_advance_clocks_d43158e6 {
    wp::array_t<wp::float32> inv_masses;
    wp::array_t<wp::float32> phases;
    wp::array_t<wp::float32> phases_out;
    wp::array_t<wp::float32> signal;
    wp::float32 freq;
    wp::float32 delta_time;
    wp::float32 amplitude;
};


template <bool wp_linear_contiguous>
static void advance_clocks_d43158e6_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advance_clocks_d43158e6 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_advance_clocks_d43158e6 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phases.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phases_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.signal.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::array_t<wp::float32> var_phases = _wp_args->phases;
    wp::array_t<wp::float32> var_phases_out = _wp_args->phases_out;
    wp::array_t<wp::float32> var_signal = _wp_args->signal;
    wp::float32 var_freq = _wp_args->freq;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::float32 var_amplitude = _wp_args->amplitude;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 6.283185307179586;
    bool var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    //---------
    // forward
    // def advance_clocks(                                                                    <L 61>
    // tid = wp.tid()                                                                         <L 70>
    var_0 = builtin_tid1d();
    // w = inv_masses[tid]                                                                    <L 71>
    var_1 = wp::address(var_inv_masses, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if w == 0.0:                                                                           <L 73>
    var_5 = (var_2 == var_4);
    if (var_5) {
        // return                                                                             <L 74>
        return;
    }
    // theta = phases[tid]                                                                    <L 75>
    var_6 = wp::address(var_phases, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // p = theta + freq * delta_time                                                          <L 76>
    var_9 = wp::mul(var_freq, var_delta_time);
    var_10 = wp::add(var_7, var_9);
    // if p >= TWO_PI:                                                                        <L 78>
    var_12 = (var_10 >= var_11);
    if (var_12) {
        // p = p - TWO_PI                                                                     <L 79>
        var_13 = wp::sub(var_10, var_11);
    }
    if (!var_12) {
        // elif p < 0.0:                                                                      <L 80>
        var_15 = (var_10 < var_14);
        if (var_15) {
            // p = p + TWO_PI                                                                 <L 81>
            var_16 = wp::add(var_10, var_11);
        }
        var_17 = wp::where(var_15, var_16, var_10);
    }
    var_18 = wp::where(var_12, var_13, var_17);
    // phases_out[tid] = p                                                                    <L 82>
    wp::array_store(var_phases_out, var_0, var_18);
    // signal[tid] = amplitude * wp.cos(p)                                                    <L 83>
    var_19 = wp::cos(var_18);
    var_20 = wp::mul(var_amplitude, var_19);
    wp::array_store(var_signal, var_0, var_20);
}



template <bool wp_linear_contiguous>
static void advance_clocks_d43158e6_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advance_clocks_d43158e6 *_wp_args,
    wp_args_advance_clocks_d43158e6 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_advance_clocks_d43158e6 wp_contiguous_args;
    wp_args_advance_clocks_d43158e6 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phases.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.phases.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phases_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.phases_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.signal.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.signal.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::array_t<wp::float32> var_phases = _wp_args->phases;
    wp::array_t<wp::float32> var_phases_out = _wp_args->phases_out;
    wp::array_t<wp::float32> var_signal = _wp_args->signal;
    wp::float32 var_freq = _wp_args->freq;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> adj_inv_masses = _wp_adj_args->inv_masses;
    wp::array_t<wp::float32> adj_phases = _wp_adj_args->phases;
    wp::array_t<wp::float32> adj_phases_out = _wp_adj_args->phases_out;
    wp::array_t<wp::float32> adj_signal = _wp_adj_args->signal;
    wp::float32 adj_freq = _wp_adj_args->freq;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::float32 adj_amplitude = _wp_adj_args->amplitude;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 6.283185307179586;
    bool var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    //---------
    // forward
    // def advance_clocks(                                                                    <L 61>
    // tid = wp.tid()                                                                         <L 70>
    var_0 = builtin_tid1d();
    // w = inv_masses[tid]                                                                    <L 71>
    var_1 = wp::address(var_inv_masses, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if w == 0.0:                                                                           <L 73>
    var_5 = (var_2 == var_4);
    if (var_5) {
        // return                                                                             <L 74>
        goto label0;
    }
    // theta = phases[tid]                                                                    <L 75>
    var_6 = wp::address(var_phases, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // p = theta + freq * delta_time                                                          <L 76>
    var_9 = wp::mul(var_freq, var_delta_time);
    var_10 = wp::add(var_7, var_9);
    // if p >= TWO_PI:                                                                        <L 78>
    var_12 = (var_10 >= var_11);
    if (var_12) {
        // p = p - TWO_PI                                                                     <L 79>
        var_13 = wp::sub(var_10, var_11);
    }
    if (!var_12) {
        // elif p < 0.0:                                                                      <L 80>
        var_15 = (var_10 < var_14);
        if (var_15) {
            // p = p + TWO_PI                                                                 <L 81>
            var_16 = wp::add(var_10, var_11);
        }
        var_17 = wp::where(var_15, var_16, var_10);
    }
    var_18 = wp::where(var_12, var_13, var_17);
    // phases_out[tid] = p                                                                    <L 82>
    // wp::array_store(var_phases_out, var_0, var_18);
    // signal[tid] = amplitude * wp.cos(p)                                                    <L 83>
    var_19 = wp::cos(var_18);
    var_20 = wp::mul(var_amplitude, var_19);
    // wp::array_store(var_signal, var_0, var_20);
    //---------
    // reverse
    wp::adj_array_store(var_signal, var_0, var_20, adj_signal, adj_0, adj_20);
    wp::adj_mul(var_amplitude, var_19, adj_amplitude, adj_19, adj_20);
    wp::adj_cos(var_18, adj_18, adj_19);
    // adj: signal[tid] = amplitude * wp.cos(p)                                               <L 83>
    wp::adj_array_store(var_phases_out, var_0, var_18, adj_phases_out, adj_0, adj_18);
    // adj: phases_out[tid] = p                                                               <L 82>
    wp::adj_where(var_12, var_13, var_17, adj_12, adj_13, adj_17, adj_18);
    if (!var_12) {
        wp::adj_where(var_15, var_16, var_10, adj_15, adj_16, adj_10, adj_17);
        if (var_15) {
            wp::adj_add(var_10, var_11, adj_10, adj_11, adj_16);
            // adj: p = p + TWO_PI                                                            <L 81>
        }
        // adj: elif p < 0.0:                                                                 <L 80>
    }
    if (var_12) {
        wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_13);
        // adj: p = p - TWO_PI                                                                <L 79>
    }
    // adj: if p >= TWO_PI:                                                                   <L 78>
    wp::adj_add(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_mul(var_freq, var_delta_time, adj_freq, adj_delta_time, adj_9);
    // adj: p = theta + freq * delta_time                                                     <L 76>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_phases, var_0, adj_phases, adj_0, adj_6);
    // adj: theta = phases[tid]                                                               <L 75>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 74>
    }
    // adj: if w == 0.0:                                                                      <L 73>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_inv_masses, var_0, adj_inv_masses, adj_0, adj_1);
    // adj: w = inv_masses[tid]                                                               <L 71>
    // adj: tid = wp.tid()                                                                    <L 70>
    // adj: def advance_clocks(                                                               <L 61>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advance_clocks_d43158e6_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_clocks_d43158e6 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advance_clocks_d43158e6_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void advance_clocks_d43158e6_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_clocks_d43158e6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phases.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phases_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->signal.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        advance_clocks_d43158e6_cpu_forward_tasks<true>(dim, _wp_args);
    else
        advance_clocks_d43158e6_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void advance_clocks_d43158e6_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_clocks_d43158e6 *_wp_args)
{
    advance_clocks_d43158e6_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advance_clocks_d43158e6_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_clocks_d43158e6 *_wp_args,
    wp_args_advance_clocks_d43158e6 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advance_clocks_d43158e6_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void advance_clocks_d43158e6_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_clocks_d43158e6 *_wp_args,
    wp_args_advance_clocks_d43158e6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phases.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->phases.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phases_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->phases_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->signal.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->signal.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        advance_clocks_d43158e6_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        advance_clocks_d43158e6_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void advance_clocks_d43158e6_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_clocks_d43158e6 *_wp_args,
    wp_args_advance_clocks_d43158e6 *_wp_adj_args)
{
    advance_clocks_d43158e6_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

