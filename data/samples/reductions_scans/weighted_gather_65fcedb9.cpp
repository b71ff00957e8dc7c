// Warp 1.19.0 cpu code for weighted_gather_65fcedb9.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_weighted_gather_9f9b3838 {
    wp::array_t<wp::float32> source;
    wp::array_t<wp::int32> indices;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::float32> gathered;
};


template <bool wp_linear_contiguous>
static void weighted_gather_9f9b3838_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_weighted_gather_9f9b3838 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_weighted_gather_9f9b3838 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.source.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.indices.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.gathered.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_source = _wp_args->source;
    wp::array_t<wp::int32> var_indices = _wp_args->indices;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_gathered = _wp_args->gathered;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def weighted_gather(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // idx = indices[tid]                                                                     <L 13>
    var_1 = wp::address(var_indices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // gathered[tid] = weights[tid] * source[idx]                                             <L 14>
    var_4 = wp::address(var_weights, var_0);
    var_5 = wp::address(var_source, var_2);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_8);
    wp::array_store(var_gathered, var_0, var_6);
}



template <bool wp_linear_contiguous>
static void weighted_gather_9f9b3838_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_weighted_gather_9f9b3838 *_wp_args,
    wp_args_weighted_gather_9f9b3838 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_weighted_gather_9f9b3838 wp_contiguous_args;
    wp_args_weighted_gather_9f9b3838 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.source.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.source.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.indices.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.indices.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.gathered.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.gathered.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_source = _wp_args->source;
    wp::array_t<wp::int32> var_indices = _wp_args->indices;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_gathered = _wp_args->gathered;
    wp::array_t<wp::float32> adj_source = _wp_adj_args->source;
    wp::array_t<wp::int32> adj_indices = _wp_adj_args->indices;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::float32> adj_gathered = _wp_adj_args->gathered;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
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
    // def weighted_gather(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // idx = indices[tid]                                                                     <L 13>
    var_1 = wp::address(var_indices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // gathered[tid] = weights[tid] * source[idx]                                             <L 14>
    var_4 = wp::address(var_weights, var_0);
    var_5 = wp::address(var_source, var_2);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_8);
    // wp::array_store(var_gathered, var_0, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_gathered, var_0, var_6, adj_gathered, adj_0, adj_6);
    wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
    wp::adj_address(var_source, var_2, adj_source, adj_2, adj_5);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_4);
    // adj: gathered[tid] = weights[tid] * source[idx]                                        <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_indices, var_0, adj_indices, adj_0, adj_1);
    // adj: idx = indices[tid]                                                                <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def weighted_gather(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void weighted_gather_9f9b3838_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_weighted_gather_9f9b3838 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        weighted_gather_9f9b3838_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void weighted_gather_9f9b3838_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_weighted_gather_9f9b3838 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->source.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->indices.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->gathered.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        weighted_gather_9f9b3838_cpu_forward_tasks<true>(dim, _wp_args);
    else
        weighted_gather_9f9b3838_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void weighted_gather_9f9b3838_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_weighted_gather_9f9b3838 *_wp_args)
{
    weighted_gather_9f9b3838_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void weighted_gather_9f9b3838_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_weighted_gather_9f9b3838 *_wp_args,
    wp_args_weighted_gather_9f9b3838 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        weighted_gather_9f9b3838_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void weighted_gather_9f9b3838_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_weighted_gather_9f9b3838 *_wp_args,
    wp_args_weighted_gather_9f9b3838 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->source.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->source.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->indices.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->indices.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->gathered.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->gathered.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        weighted_gather_9f9b3838_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        weighted_gather_9f9b3838_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void weighted_gather_9f9b3838_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_weighted_gather_9f9b3838 *_wp_args,
    wp_args_weighted_gather_9f9b3838 *_wp_adj_args)
{
    weighted_gather_9f9b3838_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

