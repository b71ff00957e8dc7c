// Warp 1.19.0 cpu code for offset_by_group_395d6752.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_offset_by_group_9a6fb00e {
    wp::array_t<wp::vec_t<3, wp::float32>> pos;
    wp::array_t<wp::int32> ids;
    wp::array_t<wp::vec_t<3, wp::float32>> group_offsets;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void offset_by_group_9a6fb00e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_offset_by_group_9a6fb00e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_offset_by_group_9a6fb00e wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.pos.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.group_offsets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos = _wp_args->pos;
    wp::array_t<wp::int32> var_ids = _wp_args->ids;
    wp::array_t<wp::vec_t<3, wp::float32>> var_group_offsets = _wp_args->group_offsets;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def offset_by_group(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // out[tid] = pos[tid] + group_offsets[ids[tid]]                                          <L 12>
    var_1 = wp::address(var_pos, var_0);
    var_2 = wp::address(var_ids, var_0);
    var_3 = wp::load(var_2);
    var_4 = wp::address(var_group_offsets, var_3);
    var_6 = wp::load(var_1);
    var_7 = wp::load(var_4);
    var_5 = wp::add(var_6, var_7);
    wp::array_store(var_out, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void offset_by_group_9a6fb00e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_offset_by_group_9a6fb00e *_wp_args,
    wp_args_offset_by_group_9a6fb00e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_offset_by_group_9a6fb00e wp_contiguous_args;
    wp_args_offset_by_group_9a6fb00e wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.pos.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.pos.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.group_offsets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.group_offsets.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos = _wp_args->pos;
    wp::array_t<wp::int32> var_ids = _wp_args->ids;
    wp::array_t<wp::vec_t<3, wp::float32>> var_group_offsets = _wp_args->group_offsets;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos = _wp_adj_args->pos;
    wp::array_t<wp::int32> adj_ids = _wp_adj_args->ids;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_group_offsets = _wp_adj_args->group_offsets;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def offset_by_group(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // out[tid] = pos[tid] + group_offsets[ids[tid]]                                          <L 12>
    var_1 = wp::address(var_pos, var_0);
    var_2 = wp::address(var_ids, var_0);
    var_3 = wp::load(var_2);
    var_4 = wp::address(var_group_offsets, var_3);
    var_6 = wp::load(var_1);
    var_7 = wp::load(var_4);
    var_5 = wp::add(var_6, var_7);
    // wp::array_store(var_out, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
    wp::adj_add(var_6, var_7, adj_1, adj_4, adj_5);
    wp::adj_address(var_group_offsets, var_3, adj_group_offsets, adj_3, adj_4);
    wp::adj_address(var_ids, var_0, adj_ids, adj_0, adj_2);
    wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_1);
    // adj: out[tid] = pos[tid] + group_offsets[ids[tid]]                                     <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def offset_by_group(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void offset_by_group_9a6fb00e_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_offset_by_group_9a6fb00e *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        offset_by_group_9a6fb00e_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void offset_by_group_9a6fb00e_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_offset_by_group_9a6fb00e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->group_offsets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        offset_by_group_9a6fb00e_cpu_forward_tasks<true>(dim, _wp_args);
    else
        offset_by_group_9a6fb00e_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void offset_by_group_9a6fb00e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_offset_by_group_9a6fb00e *_wp_args)
{
    offset_by_group_9a6fb00e_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void offset_by_group_9a6fb00e_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_offset_by_group_9a6fb00e *_wp_args,
    wp_args_offset_by_group_9a6fb00e *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        offset_by_group_9a6fb00e_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void offset_by_group_9a6fb00e_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_offset_by_group_9a6fb00e *_wp_args,
    wp_args_offset_by_group_9a6fb00e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->group_offsets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->group_offsets.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        offset_by_group_9a6fb00e_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        offset_by_group_9a6fb00e_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void offset_by_group_9a6fb00e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_offset_by_group_9a6fb00e *_wp_args,
    wp_args_offset_by_group_9a6fb00e *_wp_adj_args)
{
    offset_by_group_9a6fb00e_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

