// Warp 1.19.0 cpu code for per_channel_affine_58174c88.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_per_channel_affine_23ad6679 {
    wp::array_t<wp::float32> features;
    wp::array_t<wp::float32> channel_scale;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void per_channel_affine_23ad6679_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_per_channel_affine_23ad6679 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_features = _wp_args->features;
    wp::array_t<wp::float32> var_channel_scale = _wp_args->channel_scale;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def per_channel_affine(                                                                <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 10>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // out[n, c, y, x] = channel_scale[c] * features[n, c, y, x]                              <L 11>
    var_4 = wp::address(var_channel_scale, var_1);
    var_5 = wp::address(var_features, var_0, var_1, var_2, var_3);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_8);
    wp::array_store(var_out, var_0, var_1, var_2, var_3, var_6);
}



template <bool wp_linear_contiguous>
static void per_channel_affine_23ad6679_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_per_channel_affine_23ad6679 *_wp_args,
    wp_args_per_channel_affine_23ad6679 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_features = _wp_args->features;
    wp::array_t<wp::float32> var_channel_scale = _wp_args->channel_scale;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_features = _wp_adj_args->features;
    wp::array_t<wp::float32> adj_channel_scale = _wp_adj_args->channel_scale;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def per_channel_affine(                                                                <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 10>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // out[n, c, y, x] = channel_scale[c] * features[n, c, y, x]                              <L 11>
    var_4 = wp::address(var_channel_scale, var_1);
    var_5 = wp::address(var_features, var_0, var_1, var_2, var_3);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_8);
    // wp::array_store(var_out, var_0, var_1, var_2, var_3, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_2, var_3, var_6, adj_out, adj_0, adj_1, adj_2, adj_3, adj_6);
    wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
    wp::adj_address(var_features, var_0, var_1, var_2, var_3, adj_features, adj_0, adj_1, adj_2, adj_3, adj_5);
    wp::adj_address(var_channel_scale, var_1, adj_channel_scale, adj_1, adj_4);
    // adj: out[n, c, y, x] = channel_scale[c] * features[n, c, y, x]                         <L 11>
    // adj: n, c, y, x = wp.tid()                                                             <L 10>
    // adj: def per_channel_affine(                                                           <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void per_channel_affine_23ad6679_cpu_forward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_per_channel_affine_23ad6679 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        per_channel_affine_23ad6679_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void per_channel_affine_23ad6679_cpu_forward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_per_channel_affine_23ad6679 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    per_channel_affine_23ad6679_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void per_channel_affine_23ad6679_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_per_channel_affine_23ad6679 *_wp_args)
{
    per_channel_affine_23ad6679_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void per_channel_affine_23ad6679_cpu_backward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_per_channel_affine_23ad6679 *_wp_args,
    wp_args_per_channel_affine_23ad6679 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        per_channel_affine_23ad6679_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void per_channel_affine_23ad6679_cpu_backward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_per_channel_affine_23ad6679 *_wp_args,
    wp_args_per_channel_affine_23ad6679 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    per_channel_affine_23ad6679_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void per_channel_affine_23ad6679_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_per_channel_affine_23ad6679 *_wp_args,
    wp_args_per_channel_affine_23ad6679 *_wp_adj_args)
{
    per_channel_affine_23ad6679_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

