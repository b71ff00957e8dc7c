// Warp 1.19.0 cpu code for reorder_bf4703f0.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_reorder_6bdf688d {
    wp::array_t<wp::transform_t<wp::float32>> values;
    wp::array_t<wp::int32> indices;
    wp::array_t<wp::transform_t<wp::float32>> gathered;
};


template <bool wp_linear_contiguous>
static void reorder_6bdf688d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reorder_6bdf688d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_reorder_6bdf688d wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.indices.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.gathered.strides[0] = sizeof(wp::transform_t<wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_indices = _wp_args->indices;
    wp::array_t<wp::transform_t<wp::float32>> var_gathered = _wp_args->gathered;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::transform_t<wp::float32>* var_4;
    wp::transform_t<wp::float32> var_5;
    wp::transform_t<wp::float32> var_6;
    //---------
    // forward
    // def reorder(                                                                           <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // i = indices[tid]                                                                       <L 12>
    var_1 = wp::address(var_indices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // gathered[tid] = values[i]                                                              <L 13>
    var_4 = wp::address(var_values, var_2);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    wp::array_store(var_gathered, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void reorder_6bdf688d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reorder_6bdf688d *_wp_args,
    wp_args_reorder_6bdf688d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_reorder_6bdf688d wp_contiguous_args;
    wp_args_reorder_6bdf688d wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.indices.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.indices.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.gathered.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.gathered.strides[0] = sizeof(wp::transform_t<wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_indices = _wp_args->indices;
    wp::array_t<wp::transform_t<wp::float32>> var_gathered = _wp_args->gathered;
    wp::array_t<wp::transform_t<wp::float32>> adj_values = _wp_adj_args->values;
    wp::array_t<wp::int32> adj_indices = _wp_adj_args->indices;
    wp::array_t<wp::transform_t<wp::float32>> adj_gathered = _wp_adj_args->gathered;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::transform_t<wp::float32>* var_4;
    wp::transform_t<wp::float32> var_5;
    wp::transform_t<wp::float32> var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::transform_t<wp::float32> adj_5 = {};
    wp::transform_t<wp::float32> adj_6 = {};
    //---------
    // forward
    // def reorder(                                                                           <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // i = indices[tid]                                                                       <L 12>
    var_1 = wp::address(var_indices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // gathered[tid] = values[i]                                                              <L 13>
    var_4 = wp::address(var_values, var_2);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp::array_store(var_gathered, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_gathered, var_0, var_5, adj_gathered, adj_0, adj_5);
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_values, var_2, adj_values, adj_2, adj_4);
    // adj: gathered[tid] = values[i]                                                         <L 13>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_indices, var_0, adj_indices, adj_0, adj_1);
    // adj: i = indices[tid]                                                                  <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def reorder(                                                                      <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reorder_6bdf688d_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_reorder_6bdf688d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reorder_6bdf688d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void reorder_6bdf688d_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_reorder_6bdf688d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->indices.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->gathered.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)));
    if (wp_linear_contiguous)
        reorder_6bdf688d_cpu_forward_tasks<true>(dim, _wp_args);
    else
        reorder_6bdf688d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void reorder_6bdf688d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reorder_6bdf688d *_wp_args)
{
    reorder_6bdf688d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reorder_6bdf688d_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_reorder_6bdf688d *_wp_args,
    wp_args_reorder_6bdf688d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reorder_6bdf688d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void reorder_6bdf688d_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_reorder_6bdf688d *_wp_args,
    wp_args_reorder_6bdf688d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->indices.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->indices.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->gathered.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->gathered.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)));
    if (wp_linear_contiguous)
        reorder_6bdf688d_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        reorder_6bdf688d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void reorder_6bdf688d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reorder_6bdf688d *_wp_args,
    wp_args_reorder_6bdf688d *_wp_adj_args)
{
    reorder_6bdf688d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

