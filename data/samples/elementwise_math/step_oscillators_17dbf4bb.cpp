// Warp 1.19.0 cpu code for step_oscillators_17dbf4bb.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_step_oscillators_bf888a0c {
    wp::array_t<wp::float32> omega;
    wp::float32 dt;
    wp::array_t<wp::float32> phases;
};


template <bool wp_linear_contiguous>
static void step_oscillators_bf888a0c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_oscillators_bf888a0c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_oscillators_bf888a0c wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.omega.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phases.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_omega = _wp_args->omega;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_phases = _wp_args->phases;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def step_oscillators(omega: wp.array[float], dt: float, phases: wp.array[float]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // phi = phases[tid]                                                                      <L 7>
    var_1 = wp::address(var_phases, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // omega_i = omega[tid]                                                                   <L 8>
    var_4 = wp::address(var_omega, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // p = phi + omega_i * dt                                                                 <L 9>
    var_7 = wp::mul(var_5, var_dt);
    var_8 = wp::add(var_2, var_7);
    // phases[tid] = p                                                                        <L 10>
    wp::array_store(var_phases, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void step_oscillators_bf888a0c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_oscillators_bf888a0c *_wp_args,
    wp_args_step_oscillators_bf888a0c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_oscillators_bf888a0c wp_contiguous_args;
    wp_args_step_oscillators_bf888a0c wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.omega.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.omega.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phases.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.phases.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_omega = _wp_args->omega;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_phases = _wp_args->phases;
    wp::array_t<wp::float32> adj_omega = _wp_adj_args->omega;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::float32> adj_phases = _wp_adj_args->phases;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def step_oscillators(omega: wp.array[float], dt: float, phases: wp.array[float]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // phi = phases[tid]                                                                      <L 7>
    var_1 = wp::address(var_phases, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // omega_i = omega[tid]                                                                   <L 8>
    var_4 = wp::address(var_omega, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // p = phi + omega_i * dt                                                                 <L 9>
    var_7 = wp::mul(var_5, var_dt);
    var_8 = wp::add(var_2, var_7);
    // phases[tid] = p                                                                        <L 10>
    // wp::array_store(var_phases, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_phases, var_0, var_8, adj_phases, adj_0, adj_8);
    // adj: phases[tid] = p                                                                   <L 10>
    wp::adj_add(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_mul(var_5, var_dt, adj_5, adj_dt, adj_7);
    // adj: p = phi + omega_i * dt                                                            <L 9>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_omega, var_0, adj_omega, adj_0, adj_4);
    // adj: omega_i = omega[tid]                                                              <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_phases, var_0, adj_phases, adj_0, adj_1);
    // adj: phi = phases[tid]                                                                 <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def step_oscillators(omega: wp.array[float], dt: float, phases: wp.array[float]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_oscillators_bf888a0c_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_oscillators_bf888a0c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_oscillators_bf888a0c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_oscillators_bf888a0c_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_oscillators_bf888a0c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->omega.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phases.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        step_oscillators_bf888a0c_cpu_forward_tasks<true>(dim, _wp_args);
    else
        step_oscillators_bf888a0c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_oscillators_bf888a0c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_oscillators_bf888a0c *_wp_args)
{
    step_oscillators_bf888a0c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_oscillators_bf888a0c_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_oscillators_bf888a0c *_wp_args,
    wp_args_step_oscillators_bf888a0c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_oscillators_bf888a0c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_oscillators_bf888a0c_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_oscillators_bf888a0c *_wp_args,
    wp_args_step_oscillators_bf888a0c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->omega.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->omega.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phases.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->phases.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        step_oscillators_bf888a0c_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        step_oscillators_bf888a0c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_oscillators_bf888a0c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_oscillators_bf888a0c *_wp_args,
    wp_args_step_oscillators_bf888a0c *_wp_adj_args)
{
    step_oscillators_bf888a0c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

