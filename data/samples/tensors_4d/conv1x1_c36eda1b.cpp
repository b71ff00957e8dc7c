// Warp 1.19.0 cpu code for conv1x1_c36eda1b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_conv1x1_5decbf7b {
    wp::array_t<wp::float32> features;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::float32> beta;
    wp::array_t<wp::float32> gamma;
    wp::array_t<wp::float32> outputs;
};


template <bool wp_linear_contiguous>
static void conv1x1_5decbf7b_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_conv1x1_5decbf7b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_features = _wp_args->features;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_beta = _wp_args->beta;
    wp::array_t<wp::float32> var_gamma = _wp_args->gamma;
    wp::array_t<wp::float32> var_outputs = _wp_args->outputs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    wp::float32 var_25;
    const wp::float32 var_26 = 1.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    //---------
    // forward
    // def conv1x1(                                                                           <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 12>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // acc = float(0.0)                                                                       <L 13>
    var_5 = wp::float(var_4);
    // for k in range(features.shape[1]):                                                     <L 14>
    var_6 = &(var_features.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::range(var_8);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // acc += weights[c, k] * features[n, k, y, x]                                        <L 15>
        var_12 = wp::address(var_weights, var_1, var_11);
        var_13 = wp::address(var_features, var_0, var_11, var_2, var_3);
        var_15 = wp::load(var_12);
        var_16 = wp::load(var_13);
        var_14 = wp::mul(var_15, var_16);
        var_17 = wp::add(var_5, var_14);
        wp::assign(var_5, var_17);
        goto start_for_0;
    end_for_0:;
    // acc = acc * gamma[c] + beta[c]                                                         <L 16>
    var_18 = wp::address(var_gamma, var_1);
    var_20 = wp::load(var_18);
    var_19 = wp::mul(var_5, var_20);
    var_21 = wp::address(var_beta, var_1);
    var_23 = wp::load(var_21);
    var_22 = wp::add(var_19, var_23);
    // soft = wp.max(acc, 0.0) + wp.log(1.0 + wp.exp(-wp.abs(acc)))                           <L 17>
    var_25 = wp::max(var_22, var_24);
    var_27 = wp::abs(var_22);
    var_28 = wp::neg(var_27);
    var_29 = wp::exp(var_28);
    var_30 = wp::add(var_26, var_29);
    var_31 = wp::log(var_30);
    var_32 = wp::add(var_25, var_31);
    // outputs[n, c, y, x] = soft                                                             <L 18>
    wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_32);
}



template <bool wp_linear_contiguous>
static void conv1x1_5decbf7b_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_conv1x1_5decbf7b *_wp_args,
    wp_args_conv1x1_5decbf7b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_features = _wp_args->features;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_beta = _wp_args->beta;
    wp::array_t<wp::float32> var_gamma = _wp_args->gamma;
    wp::array_t<wp::float32> var_outputs = _wp_args->outputs;
    wp::array_t<wp::float32> adj_features = _wp_adj_args->features;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::float32> adj_beta = _wp_adj_args->beta;
    wp::array_t<wp::float32> adj_gamma = _wp_adj_args->gamma;
    wp::array_t<wp::float32> adj_outputs = _wp_adj_args->outputs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    wp::float32 var_25;
    const wp::float32 var_26 = 1.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    //---------
    // forward
    // def conv1x1(                                                                           <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 12>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // acc = float(0.0)                                                                       <L 13>
    var_5 = wp::float(var_4);
    // for k in range(features.shape[1]):                                                     <L 14>
    var_6 = &(var_features.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::range(var_8);
    // acc = acc * gamma[c] + beta[c]                                                         <L 16>
    var_18 = wp::address(var_gamma, var_1);
    var_20 = wp::load(var_18);
    var_19 = wp::mul(var_5, var_20);
    var_21 = wp::address(var_beta, var_1);
    var_23 = wp::load(var_21);
    var_22 = wp::add(var_19, var_23);
    // soft = wp.max(acc, 0.0) + wp.log(1.0 + wp.exp(-wp.abs(acc)))                           <L 17>
    var_25 = wp::max(var_22, var_24);
    var_27 = wp::abs(var_22);
    var_28 = wp::neg(var_27);
    var_29 = wp::exp(var_28);
    var_30 = wp::add(var_26, var_29);
    var_31 = wp::log(var_30);
    var_32 = wp::add(var_25, var_31);
    // outputs[n, c, y, x] = soft                                                             <L 18>
    // wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_32);
    //---------
    // reverse
    wp::adj_array_store(var_outputs, var_0, var_1, var_2, var_3, var_32, adj_outputs, adj_0, adj_1, adj_2, adj_3, adj_32);
    // adj: outputs[n, c, y, x] = soft                                                        <L 18>
    wp::adj_add(var_25, var_31, adj_25, adj_31, adj_32);
    wp::adj_log(var_30, adj_30, adj_31);
    wp::adj_add(var_26, var_29, adj_26, adj_29, adj_30);
    wp::adj_exp(var_28, var_29, adj_28, adj_29);
    wp::adj_neg(var_27, adj_27, adj_28);
    wp::adj_abs(var_22, adj_22, adj_27);
    wp::adj_max(var_22, var_24, adj_22, adj_24, adj_25);
    // adj: soft = wp.max(acc, 0.0) + wp.log(1.0 + wp.exp(-wp.abs(acc)))                      <L 17>
    wp::adj_add(var_19, var_23, adj_19, adj_21, adj_22);
    wp::adj_address(var_beta, var_1, adj_beta, adj_1, adj_21);
    wp::adj_mul(var_5, var_20, adj_5, adj_18, adj_19);
    wp::adj_address(var_gamma, var_1, adj_gamma, adj_1, adj_18);
    // adj: acc = acc * gamma[c] + beta[c]                                                    <L 16>
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
        // acc += weights[c, k] * features[n, k, y, x]                                        <L 15>
        var_12 = wp::address(var_weights, var_1, var_11);
        var_13 = wp::address(var_features, var_0, var_11, var_2, var_3);
        var_15 = wp::load(var_12);
        var_16 = wp::load(var_13);
        var_14 = wp::mul(var_15, var_16);
        var_17 = wp::add(var_5, var_14);
        wp::assign(var_5, var_17);
        wp::adj_assign(var_5, var_17, adj_5, adj_17);
        wp::adj_add(var_5, var_14, adj_5, adj_14, adj_17);
        wp::adj_mul(var_15, var_16, adj_12, adj_13, adj_14);
        wp::adj_address(var_features, var_0, var_11, var_2, var_3, adj_features, adj_0, adj_11, adj_2, adj_3, adj_13);
        wp::adj_address(var_weights, var_1, var_11, adj_weights, adj_1, adj_11, adj_12);
        // adj: acc += weights[c, k] * features[n, k, y, x]                                   <L 15>
    	goto start_for_0;
    end_for_0:;
    adj_features.shape = adj_6;
    // adj: for k in range(features.shape[1]):                                                <L 14>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: acc = float(0.0)                                                                  <L 13>
    // adj: n, c, y, x = wp.tid()                                                             <L 12>
    // adj: def conv1x1(                                                                      <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void conv1x1_5decbf7b_cpu_forward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_conv1x1_5decbf7b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        conv1x1_5decbf7b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void conv1x1_5decbf7b_cpu_forward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_conv1x1_5decbf7b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    conv1x1_5decbf7b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void conv1x1_5decbf7b_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_conv1x1_5decbf7b *_wp_args)
{
    conv1x1_5decbf7b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void conv1x1_5decbf7b_cpu_backward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_conv1x1_5decbf7b *_wp_args,
    wp_args_conv1x1_5decbf7b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        conv1x1_5decbf7b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void conv1x1_5decbf7b_cpu_backward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_conv1x1_5decbf7b *_wp_args,
    wp_args_conv1x1_5decbf7b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    conv1x1_5decbf7b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void conv1x1_5decbf7b_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_conv1x1_5decbf7b *_wp_args,
    wp_args_conv1x1_5decbf7b *_wp_adj_args)
{
    conv1x1_5decbf7b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

