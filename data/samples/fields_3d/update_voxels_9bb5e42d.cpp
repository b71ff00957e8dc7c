// Warp 1.19.0 cpu code for update_voxels_9bb5e42d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_update_voxels_42ea8af3 {
    wp::array_t<wp::vec_t<3, wp::float32>> field;
    wp::array_t<wp::int32> obstacle;
    wp::array_t<wp::vec_t<3, wp::float32>> field_out;
    wp::float32 scale;
};


template <bool wp_linear_contiguous>
static void update_voxels_42ea8af3_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_update_voxels_42ea8af3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_field = _wp_args->field;
    wp::array_t<wp::int32> var_obstacle = _wp_args->obstacle;
    wp::array_t<wp::vec_t<3, wp::float32>> var_field_out = _wp_args->field_out;
    wp::float32 var_scale = _wp_args->scale;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32* var_3;
    const wp::int32 var_4 = 1;
    bool var_5;
    wp::int32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // forward
    // def update_voxels(                                                                     <L 5>
    // i, j, k = wp.tid()                                                                     <L 11>
    builtin_tid3d(var_0, var_1, var_2);
    // if obstacle[i, j, k] == 1:                                                             <L 12>
    var_3 = wp::address(var_obstacle, var_0, var_1, var_2);
    var_6 = wp::load(var_3);
    var_5 = (var_6 == var_4);
    if (var_5) {
        // return                                                                             <L 13>
        return;
    }
    // field_out[i, j, k] = field[i, j, k] * scale                                            <L 14>
    var_7 = wp::address(var_field, var_0, var_1, var_2);
    var_9 = wp::load(var_7);
    var_8 = wp::mul(var_9, var_scale);
    wp::array_store(var_field_out, var_0, var_1, var_2, var_8);
}



template <bool wp_linear_contiguous>
static void update_voxels_42ea8af3_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_update_voxels_42ea8af3 *_wp_args,
    wp_args_update_voxels_42ea8af3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_field = _wp_args->field;
    wp::array_t<wp::int32> var_obstacle = _wp_args->obstacle;
    wp::array_t<wp::vec_t<3, wp::float32>> var_field_out = _wp_args->field_out;
    wp::float32 var_scale = _wp_args->scale;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_field = _wp_adj_args->field;
    wp::array_t<wp::int32> adj_obstacle = _wp_adj_args->obstacle;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_field_out = _wp_adj_args->field_out;
    wp::float32 adj_scale = _wp_adj_args->scale;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32* var_3;
    const wp::int32 var_4 = 1;
    bool var_5;
    wp::int32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    //---------
    // forward
    // def update_voxels(                                                                     <L 5>
    // i, j, k = wp.tid()                                                                     <L 11>
    builtin_tid3d(var_0, var_1, var_2);
    // if obstacle[i, j, k] == 1:                                                             <L 12>
    var_3 = wp::address(var_obstacle, var_0, var_1, var_2);
    var_6 = wp::load(var_3);
    var_5 = (var_6 == var_4);
    if (var_5) {
        // return                                                                             <L 13>
        goto label0;
    }
    // field_out[i, j, k] = field[i, j, k] * scale                                            <L 14>
    var_7 = wp::address(var_field, var_0, var_1, var_2);
    var_9 = wp::load(var_7);
    var_8 = wp::mul(var_9, var_scale);
    // wp::array_store(var_field_out, var_0, var_1, var_2, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_field_out, var_0, var_1, var_2, var_8, adj_field_out, adj_0, adj_1, adj_2, adj_8);
    wp::adj_mul(var_9, var_scale, adj_7, adj_scale, adj_8);
    wp::adj_address(var_field, var_0, var_1, var_2, adj_field, adj_0, adj_1, adj_2, adj_7);
    // adj: field_out[i, j, k] = field[i, j, k] * scale                                       <L 14>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 13>
    }
    wp::adj_address(var_obstacle, var_0, var_1, var_2, adj_obstacle, adj_0, adj_1, adj_2, adj_3);
    // adj: if obstacle[i, j, k] == 1:                                                        <L 12>
    // adj: i, j, k = wp.tid()                                                                <L 11>
    // adj: def update_voxels(                                                                <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_voxels_42ea8af3_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_voxels_42ea8af3 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_voxels_42ea8af3_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_voxels_42ea8af3_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_voxels_42ea8af3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_voxels_42ea8af3_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_voxels_42ea8af3_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_voxels_42ea8af3 *_wp_args)
{
    update_voxels_42ea8af3_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_voxels_42ea8af3_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_voxels_42ea8af3 *_wp_args,
    wp_args_update_voxels_42ea8af3 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_voxels_42ea8af3_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void update_voxels_42ea8af3_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_voxels_42ea8af3 *_wp_args,
    wp_args_update_voxels_42ea8af3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_voxels_42ea8af3_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void update_voxels_42ea8af3_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_voxels_42ea8af3 *_wp_args,
    wp_args_update_voxels_42ea8af3 *_wp_adj_args)
{
    update_voxels_42ea8af3_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

