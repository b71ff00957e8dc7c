// Warp 1.19.0 cpu code for normalize_input_ab49633e.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_normalize_input_23f2f4b2 {
    wp::array_t<wp::float16> biases;
    wp::float16 scale;
    wp::array_t<wp::float16> features;
};


template <bool wp_linear_contiguous>
static void normalize_input_23f2f4b2_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_normalize_input_23f2f4b2 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_biases = _wp_args->biases;
    wp::float16 var_scale = _wp_args->scale;
    wp::array_t<wp::float16> var_features = _wp_args->features;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float16* var_4;
    wp::float16 var_5;
    wp::float16 var_6;
    wp::float16* var_7;
    wp::float16 var_8;
    wp::float16 var_9;
    wp::float16 var_10;
    wp::float16 var_11;
    //---------
    // forward
    // def normalize_input(                                                                   <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // v = features[n, c, y, x]                                                               <L 12>
    var_4 = wp::address(var_features, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // bias = biases[n, c, y, x]                                                              <L 13>
    var_7 = wp::address(var_biases, var_0, var_1, var_2, var_3);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // features[n, c, y, x] = bias + scale * v                                                <L 14>
    var_10 = wp::mul(var_scale, var_5);
    var_11 = wp::add(var_8, var_10);
    wp::array_store(var_features, var_0, var_1, var_2, var_3, var_11);
}



template <bool wp_linear_contiguous>
static void normalize_input_23f2f4b2_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_normalize_input_23f2f4b2 *_wp_args,
    wp_args_normalize_input_23f2f4b2 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_biases = _wp_args->biases;
    wp::float16 var_scale = _wp_args->scale;
    wp::array_t<wp::float16> var_features = _wp_args->features;
    wp::array_t<wp::float16> adj_biases = _wp_adj_args->biases;
    wp::float16 adj_scale = _wp_adj_args->scale;
    wp::array_t<wp::float16> adj_features = _wp_adj_args->features;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float16* var_4;
    wp::float16 var_5;
    wp::float16 var_6;
    wp::float16* var_7;
    wp::float16 var_8;
    wp::float16 var_9;
    wp::float16 var_10;
    wp::float16 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float16 adj_4 = {};
    wp::float16 adj_5 = {};
    wp::float16 adj_6 = {};
    wp::float16 adj_7 = {};
    wp::float16 adj_8 = {};
    wp::float16 adj_9 = {};
    wp::float16 adj_10 = {};
    wp::float16 adj_11 = {};
    //---------
    // forward
    // def normalize_input(                                                                   <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // v = features[n, c, y, x]                                                               <L 12>
    var_4 = wp::address(var_features, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // bias = biases[n, c, y, x]                                                              <L 13>
    var_7 = wp::address(var_biases, var_0, var_1, var_2, var_3);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // features[n, c, y, x] = bias + scale * v                                                <L 14>
    var_10 = wp::mul(var_scale, var_5);
    var_11 = wp::add(var_8, var_10);
    // wp::array_store(var_features, var_0, var_1, var_2, var_3, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_features, var_0, var_1, var_2, var_3, var_11, adj_features, adj_0, adj_1, adj_2, adj_3, adj_11);
    wp::adj_add(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_mul(var_scale, var_5, adj_scale, adj_5, adj_10);
    // adj: features[n, c, y, x] = bias + scale * v                                           <L 14>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_biases, var_0, var_1, var_2, var_3, adj_biases, adj_0, adj_1, adj_2, adj_3, adj_7);
    // adj: bias = biases[n, c, y, x]                                                         <L 13>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_features, var_0, var_1, var_2, var_3, adj_features, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: v = features[n, c, y, x]                                                          <L 12>
    // adj: n, c, y, x = wp.tid()                                                             <L 11>
    // adj: def normalize_input(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void normalize_input_23f2f4b2_cpu_forward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_normalize_input_23f2f4b2 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        normalize_input_23f2f4b2_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void normalize_input_23f2f4b2_cpu_forward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_normalize_input_23f2f4b2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    normalize_input_23f2f4b2_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void normalize_input_23f2f4b2_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_normalize_input_23f2f4b2 *_wp_args)
{
    normalize_input_23f2f4b2_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void normalize_input_23f2f4b2_cpu_backward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_normalize_input_23f2f4b2 *_wp_args,
    wp_args_normalize_input_23f2f4b2 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        normalize_input_23f2f4b2_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void normalize_input_23f2f4b2_cpu_backward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_normalize_input_23f2f4b2 *_wp_args,
    wp_args_normalize_input_23f2f4b2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    normalize_input_23f2f4b2_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void normalize_input_23f2f4b2_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_normalize_input_23f2f4b2 *_wp_args,
    wp_args_normalize_input_23f2f4b2 *_wp_adj_args)
{
    normalize_input_23f2f4b2_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

