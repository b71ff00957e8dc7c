// Warp 1.19.0 cpu code for step_field_5b35df12.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_step_field_8823f700 {
    wp::array_t<wp::float32> q;
    wp::array_t<wp::int32> mask;
    wp::float32 time_step;
};


template <bool wp_linear_contiguous>
static void step_field_8823f700_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_step_field_8823f700 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_q = _wp_args->q;
    wp::array_t<wp::int32> var_mask = _wp_args->mask;
    wp::float32 var_time_step = _wp_args->time_step;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32* var_3;
    const wp::int32 var_4 = 1;
    bool var_5;
    wp::int32 var_6;
    wp::float32* var_7;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 0.1;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def step_field(q: wp.array3d[float], mask: wp.array3d[int], time_step: float):         <L 5>
    // i, j, k = wp.tid()                                                                     <L 7>
    builtin_tid3d(var_0, var_1, var_2);
    // if mask[i, j, k] == 1:                                                                 <L 8>
    var_3 = wp::address(var_mask, var_0, var_1, var_2);
    var_6 = wp::load(var_3);
    var_5 = (var_6 == var_4);
    if (var_5) {
        // return                                                                             <L 9>
        return;
    }
    // q[i, j, k] *= 1.0 - 0.1 * time_step                                                    <L 10>
    var_7 = wp::address(var_q, var_0, var_1, var_2);
    var_10 = wp::mul(var_9, var_time_step);
    var_11 = wp::sub(var_8, var_10);
    var_13 = wp::load(var_7);
    var_12 = wp::mul(var_13, var_11);
    wp::array_store(var_q, var_0, var_1, var_2, var_12);
}



template <bool wp_linear_contiguous>
static void step_field_8823f700_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_step_field_8823f700 *_wp_args,
    wp_args_step_field_8823f700 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_q = _wp_args->q;
    wp::array_t<wp::int32> var_mask = _wp_args->mask;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::float32> adj_q = _wp_adj_args->q;
    wp::array_t<wp::int32> adj_mask = _wp_adj_args->mask;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32* var_3;
    const wp::int32 var_4 = 1;
    bool var_5;
    wp::int32 var_6;
    wp::float32* var_7;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 0.1;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
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
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def step_field(q: wp.array3d[float], mask: wp.array3d[int], time_step: float):         <L 5>
    // i, j, k = wp.tid()                                                                     <L 7>
    builtin_tid3d(var_0, var_1, var_2);
    // if mask[i, j, k] == 1:                                                                 <L 8>
    var_3 = wp::address(var_mask, var_0, var_1, var_2);
    var_6 = wp::load(var_3);
    var_5 = (var_6 == var_4);
    if (var_5) {
        // return                                                                             <L 9>
        goto label0;
    }
    // q[i, j, k] *= 1.0 - 0.1 * time_step                                                    <L 10>
    var_7 = wp::address(var_q, var_0, var_1, var_2);
    var_10 = wp::mul(var_9, var_time_step);
    var_11 = wp::sub(var_8, var_10);
    var_13 = wp::load(var_7);
    var_12 = wp::mul(var_13, var_11);
    // wp::array_store(var_q, var_0, var_1, var_2, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_q, var_0, var_1, var_2, var_12, adj_q, adj_0, adj_1, adj_2, adj_12);
    wp::adj_mul(var_13, var_11, adj_7, adj_11, adj_12);
    wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_mul(var_9, var_time_step, adj_9, adj_time_step, adj_10);
    wp::adj_address(var_q, var_0, var_1, var_2, adj_q, adj_0, adj_1, adj_2, adj_7);
    // adj: q[i, j, k] *= 1.0 - 0.1 * time_step                                               <L 10>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 9>
    }
    wp::adj_address(var_mask, var_0, var_1, var_2, adj_mask, adj_0, adj_1, adj_2, adj_3);
    // adj: if mask[i, j, k] == 1:                                                            <L 8>
    // adj: i, j, k = wp.tid()                                                                <L 7>
    // adj: def step_field(q: wp.array3d[float], mask: wp.array3d[int], time_step: float):    <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_field_8823f700_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_field_8823f700 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_field_8823f700_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_field_8823f700_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_field_8823f700 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    step_field_8823f700_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_field_8823f700_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_field_8823f700 *_wp_args)
{
    step_field_8823f700_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_field_8823f700_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_field_8823f700 *_wp_args,
    wp_args_step_field_8823f700 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_field_8823f700_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_field_8823f700_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_field_8823f700 *_wp_args,
    wp_args_step_field_8823f700 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    step_field_8823f700_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_field_8823f700_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_field_8823f700 *_wp_args,
    wp_args_step_field_8823f700 *_wp_adj_args)
{
    step_field_8823f700_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

