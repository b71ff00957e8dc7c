// Warp 1.19.0 cpu code for copy_scaled_657e4fd0.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_copy_scaled_f1acdb3b {
    wp::array_t<wp::float64> features;
    wp::array_t<wp::float64> gains;
    wp::float64 bias;
    wp::array_t<wp::float64> output;
};


template <bool wp_linear_contiguous>
static void copy_scaled_f1acdb3b_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_copy_scaled_f1acdb3b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_features = _wp_args->features;
    wp::array_t<wp::float64> var_gains = _wp_args->gains;
    wp::float64 var_bias = _wp_args->bias;
    wp::array_t<wp::float64> var_output = _wp_args->output;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float64* var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64* var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    //---------
    // forward
    // def copy_scaled(                                                                       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // a = features[n, c, y, x]                                                               <L 12>
    var_4 = wp::address(var_features, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // gain = gains[n, c, y, x]                                                               <L 13>
    var_7 = wp::address(var_gains, var_0, var_1, var_2, var_3);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // output[n, c, y, x] = bias + gain * a                                                   <L 14>
    var_10 = wp::mul(var_8, var_5);
    var_11 = wp::add(var_bias, var_10);
    wp::array_store(var_output, var_0, var_1, var_2, var_3, var_11);
}



template <bool wp_linear_contiguous>
static void copy_scaled_f1acdb3b_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_copy_scaled_f1acdb3b *_wp_args,
    wp_args_copy_scaled_f1acdb3b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_features = _wp_args->features;
    wp::array_t<wp::float64> var_gains = _wp_args->gains;
    wp::float64 var_bias = _wp_args->bias;
    wp::array_t<wp::float64> var_output = _wp_args->output;
    wp::array_t<wp::float64> adj_features = _wp_adj_args->features;
    wp::array_t<wp::float64> adj_gains = _wp_adj_args->gains;
    wp::float64 adj_bias = _wp_adj_args->bias;
    wp::array_t<wp::float64> adj_output = _wp_adj_args->output;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float64* var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64* var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    //---------
    // forward
    // def copy_scaled(                                                                       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // a = features[n, c, y, x]                                                               <L 12>
    var_4 = wp::address(var_features, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // gain = gains[n, c, y, x]                                                               <L 13>
    var_7 = wp::address(var_gains, var_0, var_1, var_2, var_3);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // output[n, c, y, x] = bias + gain * a                                                   <L 14>
    var_10 = wp::mul(var_8, var_5);
    var_11 = wp::add(var_bias, var_10);
    // wp::array_store(var_output, var_0, var_1, var_2, var_3, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_output, var_0, var_1, var_2, var_3, var_11, adj_output, adj_0, adj_1, adj_2, adj_3, adj_11);
    wp::adj_add(var_bias, var_10, adj_bias, adj_10, adj_11);
    wp::adj_mul(var_8, var_5, adj_8, adj_5, adj_10);
    // adj: output[n, c, y, x] = bias + gain * a                                              <L 14>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_gains, var_0, var_1, var_2, var_3, adj_gains, adj_0, adj_1, adj_2, adj_3, adj_7);
    // adj: gain = gains[n, c, y, x]                                                          <L 13>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_features, var_0, var_1, var_2, var_3, adj_features, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: a = features[n, c, y, x]                                                          <L 12>
    // adj: n, c, y, x = wp.tid()                                                             <L 11>
    // adj: def copy_scaled(                                                                  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void copy_scaled_f1acdb3b_cpu_forward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_f1acdb3b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        copy_scaled_f1acdb3b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void copy_scaled_f1acdb3b_cpu_forward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_f1acdb3b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    copy_scaled_f1acdb3b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void copy_scaled_f1acdb3b_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_f1acdb3b *_wp_args)
{
    copy_scaled_f1acdb3b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void copy_scaled_f1acdb3b_cpu_backward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_f1acdb3b *_wp_args,
    wp_args_copy_scaled_f1acdb3b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        copy_scaled_f1acdb3b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void copy_scaled_f1acdb3b_cpu_backward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_f1acdb3b *_wp_args,
    wp_args_copy_scaled_f1acdb3b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    copy_scaled_f1acdb3b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void copy_scaled_f1acdb3b_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_f1acdb3b *_wp_args,
    wp_args_copy_scaled_f1acdb3b *_wp_adj_args)
{
    copy_scaled_f1acdb3b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

