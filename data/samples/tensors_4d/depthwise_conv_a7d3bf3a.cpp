// Warp 1.19.0 cpu code for depthwise_conv_a7d3bf3a.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_depthwise_conv_adee4e07 {
    wp::array_t<wp::float32> inputs;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::float32> beta;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void depthwise_conv_adee4e07_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_depthwise_conv_adee4e07 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_inputs = _wp_args->inputs;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_beta = _wp_args->beta;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 2;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 3;
    wp::int32 var_10;
    wp::shape_t var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::shape_t var_15;
    const wp::int32 var_16 = 2;
    wp::int32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::range_t var_21;
    wp::int32 var_22;
    wp::range_t var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    bool var_29;
    const wp::int32 var_30 = 0;
    bool var_31;
    bool var_32;
    const wp::int32 var_33 = 0;
    bool var_34;
    bool var_35;
    wp::float32* var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    //---------
    // forward
    // def depthwise_conv(                                                                    <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // height = inputs.shape[2]                                                               <L 12>
    var_4 = &(var_inputs.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // width = inputs.shape[3]                                                                <L 13>
    var_8 = &(var_inputs.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    // k = weights.shape[1]                                                                   <L 14>
    var_12 = &(var_weights.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    // r = k // 2                                                                             <L 15>
    var_17 = wp::floordiv(var_14, var_16);
    // acc = beta[c]                                                                          <L 16>
    var_18 = wp::address(var_beta, var_1);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // for ky in range(k):                                                                    <L 17>
    var_21 = wp::range(var_14);
    start_for_0:;
        if (iter_cmp(var_21) == 0) goto end_for_0;
        var_22 = wp::iter_next(var_21);
        // for kx in range(k):                                                                <L 18>
        var_23 = wp::range(var_14);
        start_for_2:;
            if (iter_cmp(var_23) == 0) goto end_for_2;
            var_24 = wp::iter_next(var_23);
            // yy = y + ky - r                                                                <L 19>
            var_25 = wp::add(var_2, var_22);
            var_26 = wp::sub(var_25, var_17);
            // xx = x + kx - r                                                                <L 20>
            var_27 = wp::add(var_3, var_24);
            var_28 = wp::sub(var_27, var_17);
            // if yy >= 0 and yy < height and xx >= 0 and xx < width:                         <L 21>
            var_31 = (var_26 >= var_30);
            var_29 = var_31;
            if (var_29) {
                var_32 = (var_26 < var_6);
                var_29 = var_29 && var_32;
            }
            if (var_29) {
                var_34 = (var_28 >= var_33);
                var_29 = var_29 && var_34;
            }
            if (var_29) {
                var_35 = (var_28 < var_10);
                var_29 = var_29 && var_35;
            }
            if (var_29) {
                // acc += weights[c, ky, kx] * inputs[n, c, yy, xx]                           <L 22>
                var_36 = wp::address(var_weights, var_1, var_22, var_24);
                var_37 = wp::address(var_inputs, var_0, var_1, var_26, var_28);
                var_39 = wp::load(var_36);
                var_40 = wp::load(var_37);
                var_38 = wp::mul(var_39, var_40);
                var_41 = wp::add(var_19, var_38);
            }
            var_42 = wp::where(var_29, var_41, var_19);
            wp::assign(var_19, var_42);
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
    // out[n, c, y, x] = wp.sin(acc)                                                          <L 23>
    var_43 = wp::sin(var_19);
    wp::array_store(var_out, var_0, var_1, var_2, var_3, var_43);
}



template <bool wp_linear_contiguous>
static void depthwise_conv_adee4e07_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_depthwise_conv_adee4e07 *_wp_args,
    wp_args_depthwise_conv_adee4e07 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_inputs = _wp_args->inputs;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_beta = _wp_args->beta;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_inputs = _wp_adj_args->inputs;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::float32> adj_beta = _wp_adj_args->beta;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 2;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 3;
    wp::int32 var_10;
    wp::shape_t var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::shape_t var_15;
    const wp::int32 var_16 = 2;
    wp::int32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::range_t var_21;
    wp::int32 var_22;
    wp::range_t var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    bool var_29;
    const wp::int32 var_30 = 0;
    bool var_31;
    bool var_32;
    const wp::int32 var_33 = 0;
    bool var_34;
    bool var_35;
    wp::float32* var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::shape_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::range_t adj_21 = {};
    wp::int32 adj_22 = {};
    wp::range_t adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    bool adj_29 = {};
    wp::int32 adj_30 = {};
    bool adj_31 = {};
    bool adj_32 = {};
    wp::int32 adj_33 = {};
    bool adj_34 = {};
    bool adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    //---------
    // forward
    // def depthwise_conv(                                                                    <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // height = inputs.shape[2]                                                               <L 12>
    var_4 = &(var_inputs.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // width = inputs.shape[3]                                                                <L 13>
    var_8 = &(var_inputs.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    // k = weights.shape[1]                                                                   <L 14>
    var_12 = &(var_weights.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    // r = k // 2                                                                             <L 15>
    var_17 = wp::floordiv(var_14, var_16);
    // acc = beta[c]                                                                          <L 16>
    var_18 = wp::address(var_beta, var_1);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // for ky in range(k):                                                                    <L 17>
    var_21 = wp::range(var_14);
    // out[n, c, y, x] = wp.sin(acc)                                                          <L 23>
    var_43 = wp::sin(var_19);
    // wp::array_store(var_out, var_0, var_1, var_2, var_3, var_43);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_2, var_3, var_43, adj_out, adj_0, adj_1, adj_2, adj_3, adj_43);
    wp::adj_sin(var_19, adj_19, adj_43);
    // adj: out[n, c, y, x] = wp.sin(acc)                                                     <L 23>
    var_21 = wp::iter_reverse(var_21);
    start_for_0:;
        if (iter_cmp(var_21) == 0) goto end_for_0;
        var_22 = wp::iter_next(var_21);
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
        // for kx in range(k):                                                                <L 18>
        var_23 = wp::range(var_14);
        var_23 = wp::iter_reverse(var_23);
        start_for_2:;
            if (iter_cmp(var_23) == 0) goto end_for_2;
            var_24 = wp::iter_next(var_23);
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
        	adj_42 = {};
            // yy = y + ky - r                                                                <L 19>
            var_25 = wp::add(var_2, var_22);
            var_26 = wp::sub(var_25, var_17);
            // xx = x + kx - r                                                                <L 20>
            var_27 = wp::add(var_3, var_24);
            var_28 = wp::sub(var_27, var_17);
            // if yy >= 0 and yy < height and xx >= 0 and xx < width:                         <L 21>
            var_31 = (var_26 >= var_30);
            var_29 = var_31;
            if (var_29) {
                var_32 = (var_26 < var_6);
                var_29 = var_29 && var_32;
            }
            if (var_29) {
                var_34 = (var_28 >= var_33);
                var_29 = var_29 && var_34;
            }
            if (var_29) {
                var_35 = (var_28 < var_10);
                var_29 = var_29 && var_35;
            }
            if (var_29) {
                // acc += weights[c, ky, kx] * inputs[n, c, yy, xx]                           <L 22>
                var_36 = wp::address(var_weights, var_1, var_22, var_24);
                var_37 = wp::address(var_inputs, var_0, var_1, var_26, var_28);
                var_39 = wp::load(var_36);
                var_40 = wp::load(var_37);
                var_38 = wp::mul(var_39, var_40);
                var_41 = wp::add(var_19, var_38);
            }
            var_42 = wp::where(var_29, var_41, var_19);
            wp::assign(var_19, var_42);
            wp::adj_assign(var_19, var_42, adj_19, adj_42);
            wp::adj_where(var_29, var_41, var_19, adj_29, adj_41, adj_19, adj_42);
            if (var_29) {
                wp::adj_add(var_19, var_38, adj_19, adj_38, adj_41);
                wp::adj_mul(var_39, var_40, adj_36, adj_37, adj_38);
                wp::adj_address(var_inputs, var_0, var_1, var_26, var_28, adj_inputs, adj_0, adj_1, adj_26, adj_28, adj_37);
                wp::adj_address(var_weights, var_1, var_22, var_24, adj_weights, adj_1, adj_22, adj_24, adj_36);
                // adj: acc += weights[c, ky, kx] * inputs[n, c, yy, xx]                      <L 22>
            }
            if (var_29) {
            }
            if (var_29) {
            }
            if (var_29) {
            }
            // adj: if yy >= 0 and yy < height and xx >= 0 and xx < width:                    <L 21>
            wp::adj_sub(var_27, var_17, adj_27, adj_17, adj_28);
            wp::adj_add(var_3, var_24, adj_3, adj_24, adj_27);
            // adj: xx = x + kx - r                                                           <L 20>
            wp::adj_sub(var_25, var_17, adj_25, adj_17, adj_26);
            wp::adj_add(var_2, var_22, adj_2, adj_22, adj_25);
            // adj: yy = y + ky - r                                                           <L 19>
        	goto start_for_2;
        end_for_2:;
        // adj: for kx in range(k):                                                           <L 18>
    	goto start_for_0;
    end_for_0:;
    // adj: for ky in range(k):                                                               <L 17>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_beta, var_1, adj_beta, adj_1, adj_18);
    // adj: acc = beta[c]                                                                     <L 16>
    // adj: r = k // 2                                                                        <L 15>
    adj_weights.shape = adj_12;
    // adj: k = weights.shape[1]                                                              <L 14>
    adj_inputs.shape = adj_8;
    // adj: width = inputs.shape[3]                                                           <L 13>
    adj_inputs.shape = adj_4;
    // adj: height = inputs.shape[2]                                                          <L 12>
    // adj: n, c, y, x = wp.tid()                                                             <L 11>
    // adj: def depthwise_conv(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void depthwise_conv_adee4e07_cpu_forward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_depthwise_conv_adee4e07 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        depthwise_conv_adee4e07_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void depthwise_conv_adee4e07_cpu_forward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_depthwise_conv_adee4e07 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    depthwise_conv_adee4e07_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void depthwise_conv_adee4e07_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_depthwise_conv_adee4e07 *_wp_args)
{
    depthwise_conv_adee4e07_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void depthwise_conv_adee4e07_cpu_backward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_depthwise_conv_adee4e07 *_wp_args,
    wp_args_depthwise_conv_adee4e07 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        depthwise_conv_adee4e07_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void depthwise_conv_adee4e07_cpu_backward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_depthwise_conv_adee4e07 *_wp_args,
    wp_args_depthwise_conv_adee4e07 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    depthwise_conv_adee4e07_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void depthwise_conv_adee4e07_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_depthwise_conv_adee4e07 *_wp_args,
    wp_args_depthwise_conv_adee4e07 *_wp_adj_args)
{
    depthwise_conv_adee4e07_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

