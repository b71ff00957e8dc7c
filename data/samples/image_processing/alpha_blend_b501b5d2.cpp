// Warp 1.19.0 cpu code for alpha_blend_b501b5d2.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_alpha_blend_8f6f45a0 {
    wp::array_t<wp::float32> background;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::float32> foreground;
};


template <bool wp_linear_contiguous>
static void alpha_blend_8f6f45a0_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_alpha_blend_8f6f45a0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_background = _wp_args->background;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_foreground = _wp_args->foreground;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def alpha_blend(                                                                       <L 5>
    // i, j = wp.tid()                                                                        <L 10>
    builtin_tid2d(var_0, var_1);
    // w = weights[i, j]                                                                      <L 11>
    var_2 = wp::address(var_weights, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // foreground[i, j] = wp.lerp(background[i, j], foreground[i, j], w)                      <L 12>
    var_5 = wp::address(var_background, var_0, var_1);
    var_6 = wp::address(var_foreground, var_0, var_1);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::lerp(var_8, var_9, var_3);
    wp::array_store(var_foreground, var_0, var_1, var_7);
}



template <bool wp_linear_contiguous>
static void alpha_blend_8f6f45a0_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_alpha_blend_8f6f45a0 *_wp_args,
    wp_args_alpha_blend_8f6f45a0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_background = _wp_args->background;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_foreground = _wp_args->foreground;
    wp::array_t<wp::float32> adj_background = _wp_adj_args->background;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::float32> adj_foreground = _wp_adj_args->foreground;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
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
    // def alpha_blend(                                                                       <L 5>
    // i, j = wp.tid()                                                                        <L 10>
    builtin_tid2d(var_0, var_1);
    // w = weights[i, j]                                                                      <L 11>
    var_2 = wp::address(var_weights, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // foreground[i, j] = wp.lerp(background[i, j], foreground[i, j], w)                      <L 12>
    var_5 = wp::address(var_background, var_0, var_1);
    var_6 = wp::address(var_foreground, var_0, var_1);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::lerp(var_8, var_9, var_3);
    // wp::array_store(var_foreground, var_0, var_1, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_foreground, var_0, var_1, var_7, adj_foreground, adj_0, adj_1, adj_7);
    wp::adj_lerp(var_8, var_9, var_3, adj_5, adj_6, adj_3, adj_7);
    wp::adj_address(var_foreground, var_0, var_1, adj_foreground, adj_0, adj_1, adj_6);
    wp::adj_address(var_background, var_0, var_1, adj_background, adj_0, adj_1, adj_5);
    // adj: foreground[i, j] = wp.lerp(background[i, j], foreground[i, j], w)                 <L 12>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_weights, var_0, var_1, adj_weights, adj_0, adj_1, adj_2);
    // adj: w = weights[i, j]                                                                 <L 11>
    // adj: i, j = wp.tid()                                                                   <L 10>
    // adj: def alpha_blend(                                                                  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void alpha_blend_8f6f45a0_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_8f6f45a0 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        alpha_blend_8f6f45a0_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void alpha_blend_8f6f45a0_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_8f6f45a0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    alpha_blend_8f6f45a0_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void alpha_blend_8f6f45a0_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_8f6f45a0 *_wp_args)
{
    alpha_blend_8f6f45a0_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void alpha_blend_8f6f45a0_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_8f6f45a0 *_wp_args,
    wp_args_alpha_blend_8f6f45a0 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        alpha_blend_8f6f45a0_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void alpha_blend_8f6f45a0_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_8f6f45a0 *_wp_args,
    wp_args_alpha_blend_8f6f45a0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    alpha_blend_8f6f45a0_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void alpha_blend_8f6f45a0_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_8f6f45a0 *_wp_args,
    wp_args_alpha_blend_8f6f45a0 *_wp_adj_args)
{
    alpha_blend_8f6f45a0_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

