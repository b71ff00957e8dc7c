// Warp 1.19.0 cpu code for apply_drag_ab3300e8.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_apply_drag_bd4dbeb0 {
    wp::array_t<wp::float32> inv_masses;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::float32> spring_damping;
    wp::float32 time_step;
    wp::array_t<wp::vec_t<3, wp::float32>> new_velocities;
};


template <bool wp_linear_contiguous>
static void apply_drag_bd4dbeb0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_drag_bd4dbeb0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_drag_bd4dbeb0 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.spring_damping.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.new_velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_spring_damping = _wp_args->spring_damping;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities = _wp_args->new_velocities;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def apply_drag(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // w = inv_masses[tid]                                                                    <L 13>
    var_1 = wp::address(var_inv_masses, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if w == 0.0:                                                                           <L 15>
    var_5 = (var_2 == var_4);
    if (var_5) {
        // return                                                                             <L 16>
        return;
    }
    // new_velocities[tid] = velocities[tid] * wp.max(1.0 - spring_damping[tid] * time_step, 0.0)       <L 17>
    var_6 = wp::address(var_velocities, var_0);
    var_8 = wp::address(var_spring_damping, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_time_step);
    var_11 = wp::sub(var_7, var_9);
    var_13 = wp::max(var_11, var_12);
    var_15 = wp::load(var_6);
    var_14 = wp::mul(var_15, var_13);
    wp::array_store(var_new_velocities, var_0, var_14);
}



template <bool wp_linear_contiguous>
static void apply_drag_bd4dbeb0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_drag_bd4dbeb0 *_wp_args,
    wp_args_apply_drag_bd4dbeb0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_drag_bd4dbeb0 wp_contiguous_args;
    wp_args_apply_drag_bd4dbeb0 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.spring_damping.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.spring_damping.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.new_velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.new_velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_spring_damping = _wp_args->spring_damping;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities = _wp_args->new_velocities;
    wp::array_t<wp::float32> adj_inv_masses = _wp_adj_args->inv_masses;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::float32> adj_spring_damping = _wp_adj_args->spring_damping;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_velocities = _wp_adj_args->new_velocities;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def apply_drag(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // w = inv_masses[tid]                                                                    <L 13>
    var_1 = wp::address(var_inv_masses, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if w == 0.0:                                                                           <L 15>
    var_5 = (var_2 == var_4);
    if (var_5) {
        // return                                                                             <L 16>
        goto label0;
    }
    // new_velocities[tid] = velocities[tid] * wp.max(1.0 - spring_damping[tid] * time_step, 0.0)       <L 17>
    var_6 = wp::address(var_velocities, var_0);
    var_8 = wp::address(var_spring_damping, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_time_step);
    var_11 = wp::sub(var_7, var_9);
    var_13 = wp::max(var_11, var_12);
    var_15 = wp::load(var_6);
    var_14 = wp::mul(var_15, var_13);
    // wp::array_store(var_new_velocities, var_0, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_new_velocities, var_0, var_14, adj_new_velocities, adj_0, adj_14);
    wp::adj_mul(var_15, var_13, adj_6, adj_13, adj_14);
    wp::adj_max(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_sub(var_7, var_9, adj_7, adj_9, adj_11);
    wp::adj_mul(var_10, var_time_step, adj_8, adj_time_step, adj_9);
    wp::adj_address(var_spring_damping, var_0, adj_spring_damping, adj_0, adj_8);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_6);
    // adj: new_velocities[tid] = velocities[tid] * wp.max(1.0 - spring_damping[tid] * time_step, 0.0)  <L 17>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 16>
    }
    // adj: if w == 0.0:                                                                      <L 15>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_inv_masses, var_0, adj_inv_masses, adj_0, adj_1);
    // adj: w = inv_masses[tid]                                                               <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def apply_drag(                                                                   <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_drag_bd4dbeb0_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_drag_bd4dbeb0 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_drag_bd4dbeb0_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_drag_bd4dbeb0_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_drag_bd4dbeb0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->spring_damping.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->new_velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_drag_bd4dbeb0_cpu_forward_tasks<true>(dim, _wp_args);
    else
        apply_drag_bd4dbeb0_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_drag_bd4dbeb0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_drag_bd4dbeb0 *_wp_args)
{
    apply_drag_bd4dbeb0_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_drag_bd4dbeb0_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_drag_bd4dbeb0 *_wp_args,
    wp_args_apply_drag_bd4dbeb0 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_drag_bd4dbeb0_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_drag_bd4dbeb0_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_drag_bd4dbeb0 *_wp_args,
    wp_args_apply_drag_bd4dbeb0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->spring_damping.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->spring_damping.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->new_velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->new_velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_drag_bd4dbeb0_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        apply_drag_bd4dbeb0_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_drag_bd4dbeb0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_drag_bd4dbeb0 *_wp_args,
    wp_args_apply_drag_bd4dbeb0 *_wp_adj_args)
{
    apply_drag_bd4dbeb0_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

