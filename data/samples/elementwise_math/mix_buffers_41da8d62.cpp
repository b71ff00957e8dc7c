// Warp 1.19.0 cpu code for mix_buffers_41da8d62.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_mix_buffers_9b7691b0 {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
    wp::array_t<wp::vec_t<2, wp::float32>> other;
    wp::array_t<wp::float32> blend_weights;
    wp::array_t<wp::vec_t<2, wp::float32>> result;
};


template <bool wp_linear_contiguous>
static void mix_buffers_9b7691b0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mix_buffers_9b7691b0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_mix_buffers_9b7691b0 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.other.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.blend_weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.result.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_other = _wp_args->other;
    wp::array_t<wp::float32> var_blend_weights = _wp_args->blend_weights;
    wp::array_t<wp::vec_t<2, wp::float32>> var_result = _wp_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32>* var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    //---------
    // forward
    // def mix_buffers(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // alpha = blend_weights[tid]                                                             <L 12>
    var_1 = wp::address(var_blend_weights, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // result[tid] = x[tid] * alpha + other[tid] * (1.0 - alpha)                              <L 13>
    var_4 = wp::address(var_x, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_2);
    var_7 = wp::address(var_other, var_0);
    var_9 = wp::sub(var_8, var_2);
    var_11 = wp::load(var_7);
    var_10 = wp::mul(var_11, var_9);
    var_12 = wp::add(var_5, var_10);
    wp::array_store(var_result, var_0, var_12);
}



template <bool wp_linear_contiguous>
static void mix_buffers_9b7691b0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mix_buffers_9b7691b0 *_wp_args,
    wp_args_mix_buffers_9b7691b0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_mix_buffers_9b7691b0 wp_contiguous_args;
    wp_args_mix_buffers_9b7691b0 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.other.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.other.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.blend_weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.blend_weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.result.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.result.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_other = _wp_args->other;
    wp::array_t<wp::float32> var_blend_weights = _wp_args->blend_weights;
    wp::array_t<wp::vec_t<2, wp::float32>> var_result = _wp_args->result;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_other = _wp_adj_args->other;
    wp::array_t<wp::float32> adj_blend_weights = _wp_adj_args->blend_weights;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_result = _wp_adj_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32>* var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    //---------
    // forward
    // def mix_buffers(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // alpha = blend_weights[tid]                                                             <L 12>
    var_1 = wp::address(var_blend_weights, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // result[tid] = x[tid] * alpha + other[tid] * (1.0 - alpha)                              <L 13>
    var_4 = wp::address(var_x, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_2);
    var_7 = wp::address(var_other, var_0);
    var_9 = wp::sub(var_8, var_2);
    var_11 = wp::load(var_7);
    var_10 = wp::mul(var_11, var_9);
    var_12 = wp::add(var_5, var_10);
    // wp::array_store(var_result, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_result, var_0, var_12, adj_result, adj_0, adj_12);
    wp::adj_add(var_5, var_10, adj_5, adj_10, adj_12);
    wp::adj_mul(var_11, var_9, adj_7, adj_9, adj_10);
    wp::adj_sub(var_8, var_2, adj_8, adj_2, adj_9);
    wp::adj_address(var_other, var_0, adj_other, adj_0, adj_7);
    wp::adj_mul(var_6, var_2, adj_4, adj_2, adj_5);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_4);
    // adj: result[tid] = x[tid] * alpha + other[tid] * (1.0 - alpha)                         <L 13>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_blend_weights, var_0, adj_blend_weights, adj_0, adj_1);
    // adj: alpha = blend_weights[tid]                                                        <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def mix_buffers(                                                                  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void mix_buffers_9b7691b0_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_mix_buffers_9b7691b0 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mix_buffers_9b7691b0_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void mix_buffers_9b7691b0_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_mix_buffers_9b7691b0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->other.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->blend_weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->result.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)));
    if (wp_linear_contiguous)
        mix_buffers_9b7691b0_cpu_forward_tasks<true>(dim, _wp_args);
    else
        mix_buffers_9b7691b0_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void mix_buffers_9b7691b0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mix_buffers_9b7691b0 *_wp_args)
{
    mix_buffers_9b7691b0_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void mix_buffers_9b7691b0_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_mix_buffers_9b7691b0 *_wp_args,
    wp_args_mix_buffers_9b7691b0 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mix_buffers_9b7691b0_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void mix_buffers_9b7691b0_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_mix_buffers_9b7691b0 *_wp_args,
    wp_args_mix_buffers_9b7691b0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->other.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->other.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->blend_weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->blend_weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->result.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->result.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)));
    if (wp_linear_contiguous)
        mix_buffers_9b7691b0_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        mix_buffers_9b7691b0_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void mix_buffers_9b7691b0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mix_buffers_9b7691b0 *_wp_args,
    wp_args_mix_buffers_9b7691b0 *_wp_adj_args)
{
    mix_buffers_9b7691b0_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

