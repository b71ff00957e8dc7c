// Warp 1.19.0 cpu code for cap_speed_623d29a2.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_cap_speed_9c0037ef {
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::float32 max_speed;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities_out;
};


template <bool wp_linear_contiguous>
static void cap_speed_9c0037ef_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cap_speed_9c0037ef *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_cap_speed_9c0037ef wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_max_speed = _wp_args->max_speed;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out = _wp_args->velocities_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    bool var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def cap_speed(particle_v: wp.array[wp.vec3], max_speed: float, velocities_out: wp.array[wp.vec3]):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // vel = particle_v[tid]                                                                  <L 8>
    var_1 = wp::address(var_particle_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // speed = wp.length(vel)                                                                 <L 9>
    var_4 = wp::length(var_2);
    // if speed > max_speed:                                                                  <L 10>
    var_5 = (var_4 > var_max_speed);
    if (var_5) {
        // velocities_out[tid] = vel * (max_speed / speed)                                    <L 11>
        var_6 = wp::div(var_max_speed, var_4);
        var_7 = wp::mul(var_2, var_6);
        wp::array_store(var_velocities_out, var_0, var_7);
    }
    if (!var_5) {
        // velocities_out[tid] = vel                                                          <L 13>
        wp::array_store(var_velocities_out, var_0, var_2);
    }
}



template <bool wp_linear_contiguous>
static void cap_speed_9c0037ef_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cap_speed_9c0037ef *_wp_args,
    wp_args_cap_speed_9c0037ef *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_cap_speed_9c0037ef wp_contiguous_args;
    wp_args_cap_speed_9c0037ef wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_max_speed = _wp_args->max_speed;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out = _wp_args->velocities_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::float32 adj_max_speed = _wp_adj_args->max_speed;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities_out = _wp_adj_args->velocities_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    bool var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def cap_speed(particle_v: wp.array[wp.vec3], max_speed: float, velocities_out: wp.array[wp.vec3]):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // vel = particle_v[tid]                                                                  <L 8>
    var_1 = wp::address(var_particle_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // speed = wp.length(vel)                                                                 <L 9>
    var_4 = wp::length(var_2);
    // if speed > max_speed:                                                                  <L 10>
    var_5 = (var_4 > var_max_speed);
    if (var_5) {
        // velocities_out[tid] = vel * (max_speed / speed)                                    <L 11>
        var_6 = wp::div(var_max_speed, var_4);
        var_7 = wp::mul(var_2, var_6);
        // wp::array_store(var_velocities_out, var_0, var_7);
    }
    if (!var_5) {
        // velocities_out[tid] = vel                                                          <L 13>
        // wp::array_store(var_velocities_out, var_0, var_2);
    }
    //---------
    // reverse
    if (!var_5) {
        wp::adj_array_store(var_velocities_out, var_0, var_2, adj_velocities_out, adj_0, adj_2);
        // adj: velocities_out[tid] = vel                                                     <L 13>
    }
    if (var_5) {
        wp::adj_array_store(var_velocities_out, var_0, var_7, adj_velocities_out, adj_0, adj_7);
        wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
        wp::adj_div(var_max_speed, var_4, var_6, adj_max_speed, adj_4, adj_6);
        // adj: velocities_out[tid] = vel * (max_speed / speed)                               <L 11>
    }
    // adj: if speed > max_speed:                                                             <L 10>
    wp::adj_length(var_2, var_4, adj_2, adj_4);
    // adj: speed = wp.length(vel)                                                            <L 9>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_1);
    // adj: vel = particle_v[tid]                                                             <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def cap_speed(particle_v: wp.array[wp.vec3], max_speed: float, velocities_out: wp.array[wp.vec3]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void cap_speed_9c0037ef_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_cap_speed_9c0037ef *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cap_speed_9c0037ef_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void cap_speed_9c0037ef_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_cap_speed_9c0037ef *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        cap_speed_9c0037ef_cpu_forward_tasks<true>(dim, _wp_args);
    else
        cap_speed_9c0037ef_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void cap_speed_9c0037ef_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cap_speed_9c0037ef *_wp_args)
{
    cap_speed_9c0037ef_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void cap_speed_9c0037ef_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_cap_speed_9c0037ef *_wp_args,
    wp_args_cap_speed_9c0037ef *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cap_speed_9c0037ef_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void cap_speed_9c0037ef_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_cap_speed_9c0037ef *_wp_args,
    wp_args_cap_speed_9c0037ef *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        cap_speed_9c0037ef_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        cap_speed_9c0037ef_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void cap_speed_9c0037ef_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cap_speed_9c0037ef *_wp_args,
    wp_args_cap_speed_9c0037ef *_wp_adj_args)
{
    cap_speed_9c0037ef_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

