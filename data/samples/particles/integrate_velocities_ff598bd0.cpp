// Warp 1.19.0 cpu code for integrate_velocities_ff598bd0.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_integrate_velocities_21fa4162 {
    wp::array_t<wp::float32> velocities;
    wp::array_t<wp::float32> accelerations;
    wp::int32 active_count;
    wp::float32 delta_time;
    wp::array_t<wp::float32> velocities_out;
};


template <bool wp_linear_contiguous>
static void integrate_velocities_21fa4162_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_velocities_21fa4162 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_integrate_velocities_21fa4162 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.accelerations.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.velocities_out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_accelerations = _wp_args->accelerations;
    wp::int32 var_active_count = _wp_args->active_count;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::float32> var_velocities_out = _wp_args->velocities_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def integrate_velocities(                                                              <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if tid >= active_count:                                                                <L 13>
    var_1 = (var_0 >= var_active_count);
    if (var_1) {
        // return                                                                             <L 14>
        return;
    }
    // acc = accelerations[tid]                                                               <L 15>
    var_2 = wp::address(var_accelerations, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // delta = acc * delta_time                                                               <L 16>
    var_5 = wp::mul(var_3, var_delta_time);
    // velocities_out[tid] = velocities[tid] + delta                                          <L 17>
    var_6 = wp::address(var_velocities, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::add(var_8, var_5);
    wp::array_store(var_velocities_out, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void integrate_velocities_21fa4162_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_velocities_21fa4162 *_wp_args,
    wp_args_integrate_velocities_21fa4162 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_integrate_velocities_21fa4162 wp_contiguous_args;
    wp_args_integrate_velocities_21fa4162 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.accelerations.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.accelerations.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.velocities_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.velocities_out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_accelerations = _wp_args->accelerations;
    wp::int32 var_active_count = _wp_args->active_count;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::float32> var_velocities_out = _wp_args->velocities_out;
    wp::array_t<wp::float32> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::float32> adj_accelerations = _wp_adj_args->accelerations;
    wp::int32 adj_active_count = _wp_adj_args->active_count;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::float32> adj_velocities_out = _wp_adj_args->velocities_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def integrate_velocities(                                                              <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if tid >= active_count:                                                                <L 13>
    var_1 = (var_0 >= var_active_count);
    if (var_1) {
        // return                                                                             <L 14>
        goto label0;
    }
    // acc = accelerations[tid]                                                               <L 15>
    var_2 = wp::address(var_accelerations, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // delta = acc * delta_time                                                               <L 16>
    var_5 = wp::mul(var_3, var_delta_time);
    // velocities_out[tid] = velocities[tid] + delta                                          <L 17>
    var_6 = wp::address(var_velocities, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::add(var_8, var_5);
    // wp::array_store(var_velocities_out, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_velocities_out, var_0, var_7, adj_velocities_out, adj_0, adj_7);
    wp::adj_add(var_8, var_5, adj_6, adj_5, adj_7);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_6);
    // adj: velocities_out[tid] = velocities[tid] + delta                                     <L 17>
    wp::adj_mul(var_3, var_delta_time, adj_3, adj_delta_time, adj_5);
    // adj: delta = acc * delta_time                                                          <L 16>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_accelerations, var_0, adj_accelerations, adj_0, adj_2);
    // adj: acc = accelerations[tid]                                                          <L 15>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 14>
    }
    // adj: if tid >= active_count:                                                           <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def integrate_velocities(                                                         <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void integrate_velocities_21fa4162_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocities_21fa4162 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_velocities_21fa4162_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void integrate_velocities_21fa4162_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocities_21fa4162 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->velocities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->accelerations.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->velocities_out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        integrate_velocities_21fa4162_cpu_forward_tasks<true>(dim, _wp_args);
    else
        integrate_velocities_21fa4162_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void integrate_velocities_21fa4162_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocities_21fa4162 *_wp_args)
{
    integrate_velocities_21fa4162_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void integrate_velocities_21fa4162_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocities_21fa4162 *_wp_args,
    wp_args_integrate_velocities_21fa4162 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_velocities_21fa4162_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void integrate_velocities_21fa4162_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocities_21fa4162 *_wp_args,
    wp_args_integrate_velocities_21fa4162 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->velocities.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->accelerations.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->accelerations.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->velocities_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->velocities_out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        integrate_velocities_21fa4162_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        integrate_velocities_21fa4162_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void integrate_velocities_21fa4162_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_velocities_21fa4162 *_wp_args,
    wp_args_integrate_velocities_21fa4162 *_wp_adj_args)
{
    integrate_velocities_21fa4162_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

