// Warp 1.19.0 cpu code for gather_offsets_03a2e5ae.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_gather_offsets_1a8e9bf2 {
    wp::array_t<wp::int32> group;
    wp::array_t<wp::vec_t<3, wp::float32>> group_offsets;
    wp::array_t<wp::vec_t<3, wp::float32>> render_positions;
};


template <bool wp_linear_contiguous>
static void gather_offsets_1a8e9bf2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gather_offsets_1a8e9bf2 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_gather_offsets_1a8e9bf2 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.group.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.group_offsets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.render_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_group = _wp_args->group;
    wp::array_t<wp::vec_t<3, wp::float32>> var_group_offsets = _wp_args->group_offsets;
    wp::array_t<wp::vec_t<3, wp::float32>> var_render_positions = _wp_args->render_positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // forward
    // def gather_offsets(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // g = group[tid]                                                                         <L 12>
    var_1 = wp::address(var_group, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // entry = group_offsets[g]                                                               <L 13>
    var_4 = wp::address(var_group_offsets, var_2);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // render_positions[tid] = entry                                                          <L 14>
    wp::array_store(var_render_positions, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void gather_offsets_1a8e9bf2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gather_offsets_1a8e9bf2 *_wp_args,
    wp_args_gather_offsets_1a8e9bf2 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_gather_offsets_1a8e9bf2 wp_contiguous_args;
    wp_args_gather_offsets_1a8e9bf2 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.group.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.group.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.group_offsets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.group_offsets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.render_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.render_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_group = _wp_args->group;
    wp::array_t<wp::vec_t<3, wp::float32>> var_group_offsets = _wp_args->group_offsets;
    wp::array_t<wp::vec_t<3, wp::float32>> var_render_positions = _wp_args->render_positions;
    wp::array_t<wp::int32> adj_group = _wp_adj_args->group;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_group_offsets = _wp_adj_args->group_offsets;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_render_positions = _wp_adj_args->render_positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    //---------
    // forward
    // def gather_offsets(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // g = group[tid]                                                                         <L 12>
    var_1 = wp::address(var_group, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // entry = group_offsets[g]                                                               <L 13>
    var_4 = wp::address(var_group_offsets, var_2);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // render_positions[tid] = entry                                                          <L 14>
    // wp::array_store(var_render_positions, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_render_positions, var_0, var_5, adj_render_positions, adj_0, adj_5);
    // adj: render_positions[tid] = entry                                                     <L 14>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_group_offsets, var_2, adj_group_offsets, adj_2, adj_4);
    // adj: entry = group_offsets[g]                                                          <L 13>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_group, var_0, adj_group, adj_0, adj_1);
    // adj: g = group[tid]                                                                    <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def gather_offsets(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void gather_offsets_1a8e9bf2_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_offsets_1a8e9bf2 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gather_offsets_1a8e9bf2_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void gather_offsets_1a8e9bf2_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_offsets_1a8e9bf2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->group.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->group_offsets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->render_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        gather_offsets_1a8e9bf2_cpu_forward_tasks<true>(dim, _wp_args);
    else
        gather_offsets_1a8e9bf2_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void gather_offsets_1a8e9bf2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_offsets_1a8e9bf2 *_wp_args)
{
    gather_offsets_1a8e9bf2_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void gather_offsets_1a8e9bf2_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_offsets_1a8e9bf2 *_wp_args,
    wp_args_gather_offsets_1a8e9bf2 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gather_offsets_1a8e9bf2_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void gather_offsets_1a8e9bf2_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_offsets_1a8e9bf2 *_wp_args,
    wp_args_gather_offsets_1a8e9bf2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->group.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->group.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->group_offsets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->group_offsets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->render_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->render_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        gather_offsets_1a8e9bf2_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        gather_offsets_1a8e9bf2_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void gather_offsets_1a8e9bf2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_offsets_1a8e9bf2 *_wp_args,
    wp_args_gather_offsets_1a8e9bf2 *_wp_adj_args)
{
    gather_offsets_1a8e9bf2_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

