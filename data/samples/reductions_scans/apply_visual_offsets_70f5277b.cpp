// Warp 1.19.0 cpu code for apply_visual_offsets_70f5277b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_apply_visual_offsets_ecbb1e9a {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::int32> owner;
    wp::array_t<wp::vec_t<3, wp::float32>> table;
    wp::array_t<wp::vec_t<3, wp::float32>> render_positions;
};


template <bool wp_linear_contiguous>
static void apply_visual_offsets_ecbb1e9a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_visual_offsets_ecbb1e9a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_visual_offsets_ecbb1e9a wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.owner.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.table.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.render_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::int32> var_owner = _wp_args->owner;
    wp::array_t<wp::vec_t<3, wp::float32>> var_table = _wp_args->table;
    wp::array_t<wp::vec_t<3, wp::float32>> var_render_positions = _wp_args->render_positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // forward
    // def apply_visual_offsets(                                                              <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // g = owner[tid]                                                                         <L 13>
    var_1 = wp::address(var_owner, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if g < 0:                                                                              <L 14>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // return                                                                             <L 15>
        return;
    }
    // entry = table[g]                                                                       <L 16>
    var_6 = wp::address(var_table, var_2);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // render_positions[tid] = positions[tid] + entry                                         <L 17>
    var_9 = wp::address(var_positions, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::add(var_11, var_7);
    wp::array_store(var_render_positions, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void apply_visual_offsets_ecbb1e9a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_visual_offsets_ecbb1e9a *_wp_args,
    wp_args_apply_visual_offsets_ecbb1e9a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_visual_offsets_ecbb1e9a wp_contiguous_args;
    wp_args_apply_visual_offsets_ecbb1e9a wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.owner.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.owner.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.table.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.table.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.render_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.render_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::int32> var_owner = _wp_args->owner;
    wp::array_t<wp::vec_t<3, wp::float32>> var_table = _wp_args->table;
    wp::array_t<wp::vec_t<3, wp::float32>> var_render_positions = _wp_args->render_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::int32> adj_owner = _wp_adj_args->owner;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_table = _wp_adj_args->table;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_render_positions = _wp_adj_args->render_positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    //---------
    // forward
    // def apply_visual_offsets(                                                              <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // g = owner[tid]                                                                         <L 13>
    var_1 = wp::address(var_owner, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if g < 0:                                                                              <L 14>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // return                                                                             <L 15>
        goto label0;
    }
    // entry = table[g]                                                                       <L 16>
    var_6 = wp::address(var_table, var_2);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // render_positions[tid] = positions[tid] + entry                                         <L 17>
    var_9 = wp::address(var_positions, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::add(var_11, var_7);
    // wp::array_store(var_render_positions, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_render_positions, var_0, var_10, adj_render_positions, adj_0, adj_10);
    wp::adj_add(var_11, var_7, adj_9, adj_7, adj_10);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_9);
    // adj: render_positions[tid] = positions[tid] + entry                                    <L 17>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_table, var_2, adj_table, adj_2, adj_6);
    // adj: entry = table[g]                                                                  <L 16>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 15>
    }
    // adj: if g < 0:                                                                         <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_owner, var_0, adj_owner, adj_0, adj_1);
    // adj: g = owner[tid]                                                                    <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def apply_visual_offsets(                                                         <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_visual_offsets_ecbb1e9a_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_visual_offsets_ecbb1e9a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_visual_offsets_ecbb1e9a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_visual_offsets_ecbb1e9a_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_visual_offsets_ecbb1e9a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->owner.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->table.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->render_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_visual_offsets_ecbb1e9a_cpu_forward_tasks<true>(dim, _wp_args);
    else
        apply_visual_offsets_ecbb1e9a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_visual_offsets_ecbb1e9a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_visual_offsets_ecbb1e9a *_wp_args)
{
    apply_visual_offsets_ecbb1e9a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_visual_offsets_ecbb1e9a_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_visual_offsets_ecbb1e9a *_wp_args,
    wp_args_apply_visual_offsets_ecbb1e9a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_visual_offsets_ecbb1e9a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_visual_offsets_ecbb1e9a_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_visual_offsets_ecbb1e9a *_wp_args,
    wp_args_apply_visual_offsets_ecbb1e9a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->owner.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->owner.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->table.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->table.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->render_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->render_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_visual_offsets_ecbb1e9a_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        apply_visual_offsets_ecbb1e9a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_visual_offsets_ecbb1e9a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_visual_offsets_ecbb1e9a *_wp_args,
    wp_args_apply_visual_offsets_ecbb1e9a *_wp_adj_args)
{
    apply_visual_offsets_ecbb1e9a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

