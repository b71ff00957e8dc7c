// Warp 1.19.0 cpu code for apply_channel_gain_930db8d8.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_apply_channel_gain_b55d3323 {
    wp::array_t<wp::float16> act;
    wp::array_t<wp::float16> channel_scale;
    wp::array_t<wp::float16> out;
};


template <bool wp_linear_contiguous>
static void apply_channel_gain_b55d3323_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_apply_channel_gain_b55d3323 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_act = _wp_args->act;
    wp::array_t<wp::float16> var_channel_scale = _wp_args->channel_scale;
    wp::array_t<wp::float16> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float16* var_4;
    wp::float16* var_5;
    wp::float16 var_6;
    wp::float16 var_7;
    wp::float16 var_8;
    //---------
    // forward
    // def apply_channel_gain(                                                                <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // out[n, c, y, x] = act[n, c, y, x] * channel_scale[c]                                   <L 12>
    var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
    var_5 = wp::address(var_channel_scale, var_1);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_8);
    wp::array_store(var_out, var_0, var_1, var_2, var_3, var_6);
}



template <bool wp_linear_contiguous>
static void apply_channel_gain_b55d3323_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_apply_channel_gain_b55d3323 *_wp_args,
    wp_args_apply_channel_gain_b55d3323 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_act = _wp_args->act;
    wp::array_t<wp::float16> var_channel_scale = _wp_args->channel_scale;
    wp::array_t<wp::float16> var_out = _wp_args->out;
    wp::array_t<wp::float16> adj_act = _wp_adj_args->act;
    wp::array_t<wp::float16> adj_channel_scale = _wp_adj_args->channel_scale;
    wp::array_t<wp::float16> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float16* var_4;
    wp::float16* var_5;
    wp::float16 var_6;
    wp::float16 var_7;
    wp::float16 var_8;
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
    //---------
    // forward
    // def apply_channel_gain(                                                                <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // out[n, c, y, x] = act[n, c, y, x] * channel_scale[c]                                   <L 12>
    var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
    var_5 = wp::address(var_channel_scale, var_1);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_8);
    // wp::array_store(var_out, var_0, var_1, var_2, var_3, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_2, var_3, var_6, adj_out, adj_0, adj_1, adj_2, adj_3, adj_6);
    wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
    wp::adj_address(var_channel_scale, var_1, adj_channel_scale, adj_1, adj_5);
    wp::adj_address(var_act, var_0, var_1, var_2, var_3, adj_act, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: out[n, c, y, x] = act[n, c, y, x] * channel_scale[c]                              <L 12>
    // adj: n, c, y, x = wp.tid()                                                             <L 11>
    // adj: def apply_channel_gain(                                                           <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_channel_gain_b55d3323_cpu_forward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_apply_channel_gain_b55d3323 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_channel_gain_b55d3323_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_channel_gain_b55d3323_cpu_forward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_apply_channel_gain_b55d3323 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    apply_channel_gain_b55d3323_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_channel_gain_b55d3323_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_apply_channel_gain_b55d3323 *_wp_args)
{
    apply_channel_gain_b55d3323_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_channel_gain_b55d3323_cpu_backward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_apply_channel_gain_b55d3323 *_wp_args,
    wp_args_apply_channel_gain_b55d3323 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_channel_gain_b55d3323_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_channel_gain_b55d3323_cpu_backward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_apply_channel_gain_b55d3323 *_wp_args,
    wp_args_apply_channel_gain_b55d3323 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    apply_channel_gain_b55d3323_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_channel_gain_b55d3323_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_apply_channel_gain_b55d3323 *_wp_args,
    wp_args_apply_channel_gain_b55d3323 *_wp_adj_args)
{
    apply_channel_gain_b55d3323_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

