// Warp 1.19.0 cpu code for update_field_8d0ab1ae.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_update_field_e0828e8b {
    wp::array_t<wp::float32> q;
    wp::array_t<wp::int32> solid;
    wp::float32 scale;
};


template <bool wp_linear_contiguous>
static void update_field_e0828e8b_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_update_field_e0828e8b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_q = _wp_args->q;
    wp::array_t<wp::int32> var_solid = _wp_args->solid;
    wp::float32 var_scale = _wp_args->scale;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32* var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::int32 var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def update_field(q: wp.array3d[float], solid: wp.array3d[int], scale: float):          <L 5>
    // i, j, k = wp.tid()                                                                     <L 6>
    builtin_tid3d(var_0, var_1, var_2);
    // if solid[i, j, k] != 0:                                                                <L 7>
    var_3 = wp::address(var_solid, var_0, var_1, var_2);
    var_6 = wp::load(var_3);
    var_5 = (var_6 != var_4);
    if (var_5) {
        // q[i, j, k] = 0.0                                                                   <L 8>
        wp::array_store(var_q, var_0, var_1, var_2, var_7);
        // return                                                                             <L 9>
        return;
    }
    // q[i, j, k] = q[i, j, k] * scale                                                        <L 10>
    var_8 = wp::address(var_q, var_0, var_1, var_2);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_scale);
    wp::array_store(var_q, var_0, var_1, var_2, var_9);
}



template <bool wp_linear_contiguous>
static void update_field_e0828e8b_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_update_field_e0828e8b *_wp_args,
    wp_args_update_field_e0828e8b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_q = _wp_args->q;
    wp::array_t<wp::int32> var_solid = _wp_args->solid;
    wp::float32 var_scale = _wp_args->scale;
    wp::array_t<wp::float32> adj_q = _wp_adj_args->q;
    wp::array_t<wp::int32> adj_solid = _wp_adj_args->solid;
    wp::float32 adj_scale = _wp_adj_args->scale;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32* var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::int32 var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def update_field(q: wp.array3d[float], solid: wp.array3d[int], scale: float):          <L 5>
    // i, j, k = wp.tid()                                                                     <L 6>
    builtin_tid3d(var_0, var_1, var_2);
    // if solid[i, j, k] != 0:                                                                <L 7>
    var_3 = wp::address(var_solid, var_0, var_1, var_2);
    var_6 = wp::load(var_3);
    var_5 = (var_6 != var_4);
    if (var_5) {
        // q[i, j, k] = 0.0                                                                   <L 8>
        // wp::array_store(var_q, var_0, var_1, var_2, var_7);
        // return                                                                             <L 9>
        goto label0;
    }
    // q[i, j, k] = q[i, j, k] * scale                                                        <L 10>
    var_8 = wp::address(var_q, var_0, var_1, var_2);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_scale);
    // wp::array_store(var_q, var_0, var_1, var_2, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_q, var_0, var_1, var_2, var_9, adj_q, adj_0, adj_1, adj_2, adj_9);
    wp::adj_mul(var_10, var_scale, adj_8, adj_scale, adj_9);
    wp::adj_address(var_q, var_0, var_1, var_2, adj_q, adj_0, adj_1, adj_2, adj_8);
    // adj: q[i, j, k] = q[i, j, k] * scale                                                   <L 10>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 9>
        wp::adj_array_store(var_q, var_0, var_1, var_2, var_7, adj_q, adj_0, adj_1, adj_2, adj_7);
        // adj: q[i, j, k] = 0.0                                                              <L 8>
    }
    wp::adj_address(var_solid, var_0, var_1, var_2, adj_solid, adj_0, adj_1, adj_2, adj_3);
    // adj: if solid[i, j, k] != 0:                                                           <L 7>
    // adj: i, j, k = wp.tid()                                                                <L 6>
    // adj: def update_field(q: wp.array3d[float], solid: wp.array3d[int], scale: float):     <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_field_e0828e8b_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_field_e0828e8b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_field_e0828e8b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_field_e0828e8b_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_field_e0828e8b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_field_e0828e8b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_field_e0828e8b_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_field_e0828e8b *_wp_args)
{
    update_field_e0828e8b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_field_e0828e8b_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_field_e0828e8b *_wp_args,
    wp_args_update_field_e0828e8b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_field_e0828e8b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void update_field_e0828e8b_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_field_e0828e8b *_wp_args,
    wp_args_update_field_e0828e8b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_field_e0828e8b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void update_field_e0828e8b_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_field_e0828e8b *_wp_args,
    wp_args_update_field_e0828e8b *_wp_adj_args)
{
    update_field_e0828e8b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

