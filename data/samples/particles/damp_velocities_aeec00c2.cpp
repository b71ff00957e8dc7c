// Warp 1.19.0 cpu code for damp_velocities_aeec00c2.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_damp_velocities_8d4c4868 {
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> spring_damping;
    wp::int32 num_active;
    wp::float32 delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> new_velocities;
};


template <bool wp_linear_contiguous>
static void damp_velocities_8d4c4868_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_damp_velocities_8d4c4868 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_damp_velocities_8d4c4868 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.spring_damping.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.new_velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_spring_damping = _wp_args->spring_damping;
    wp::int32 var_num_active = _wp_args->num_active;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities = _wp_args->new_velocities;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def damp_velocities(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if tid >= num_active:                                                                  <L 13>
    var_1 = (var_0 >= var_num_active);
    if (var_1) {
        // return                                                                             <L 14>
        return;
    }
    // v = particle_v[tid]                                                                    <L 15>
    var_2 = wp::address(var_particle_v, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // new_velocities[tid] = v * (1.0 - spring_damping[tid] * delta_time)                     <L 16>
    var_6 = wp::address(var_spring_damping, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_8, var_delta_time);
    var_9 = wp::sub(var_5, var_7);
    var_10 = wp::mul(var_3, var_9);
    wp::array_store(var_new_velocities, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void damp_velocities_8d4c4868_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_damp_velocities_8d4c4868 *_wp_args,
    wp_args_damp_velocities_8d4c4868 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_damp_velocities_8d4c4868 wp_contiguous_args;
    wp_args_damp_velocities_8d4c4868 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.spring_damping.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.spring_damping.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.new_velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.new_velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_spring_damping = _wp_args->spring_damping;
    wp::int32 var_num_active = _wp_args->num_active;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities = _wp_args->new_velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_spring_damping = _wp_adj_args->spring_damping;
    wp::int32 adj_num_active = _wp_adj_args->num_active;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_velocities = _wp_adj_args->new_velocities;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    //---------
    // forward
    // def damp_velocities(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if tid >= num_active:                                                                  <L 13>
    var_1 = (var_0 >= var_num_active);
    if (var_1) {
        // return                                                                             <L 14>
        goto label0;
    }
    // v = particle_v[tid]                                                                    <L 15>
    var_2 = wp::address(var_particle_v, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // new_velocities[tid] = v * (1.0 - spring_damping[tid] * delta_time)                     <L 16>
    var_6 = wp::address(var_spring_damping, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_8, var_delta_time);
    var_9 = wp::sub(var_5, var_7);
    var_10 = wp::mul(var_3, var_9);
    // wp::array_store(var_new_velocities, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_new_velocities, var_0, var_10, adj_new_velocities, adj_0, adj_10);
    wp::adj_mul(var_3, var_9, adj_3, adj_9, adj_10);
    wp::adj_sub(var_5, var_7, adj_5, adj_7, adj_9);
    wp::adj_mul(var_8, var_delta_time, adj_6, adj_delta_time, adj_7);
    wp::adj_address(var_spring_damping, var_0, adj_spring_damping, adj_0, adj_6);
    // adj: new_velocities[tid] = v * (1.0 - spring_damping[tid] * delta_time)                <L 16>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_2);
    // adj: v = particle_v[tid]                                                               <L 15>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 14>
    }
    // adj: if tid >= num_active:                                                             <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def damp_velocities(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void damp_velocities_8d4c4868_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_damp_velocities_8d4c4868 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        damp_velocities_8d4c4868_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void damp_velocities_8d4c4868_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_damp_velocities_8d4c4868 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->spring_damping.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->new_velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        damp_velocities_8d4c4868_cpu_forward_tasks<true>(dim, _wp_args);
    else
        damp_velocities_8d4c4868_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void damp_velocities_8d4c4868_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_damp_velocities_8d4c4868 *_wp_args)
{
    damp_velocities_8d4c4868_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void damp_velocities_8d4c4868_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_damp_velocities_8d4c4868 *_wp_args,
    wp_args_damp_velocities_8d4c4868 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        damp_velocities_8d4c4868_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void damp_velocities_8d4c4868_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_damp_velocities_8d4c4868 *_wp_args,
    wp_args_damp_velocities_8d4c4868 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->spring_damping.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->spring_damping.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->new_velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->new_velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        damp_velocities_8d4c4868_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        damp_velocities_8d4c4868_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void damp_velocities_8d4c4868_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_damp_velocities_8d4c4868 *_wp_args,
    wp_args_damp_velocities_8d4c4868 *_wp_adj_args)
{
    damp_velocities_8d4c4868_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

