// Warp 1.19.0 cpu code for advance_phase_b35d1f11.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_advance_phase_3fdf325f {
    wp::array_t<wp::float32> phases;
    wp::array_t<wp::float32> natural_freq;
    wp::float32 delta_time;
    wp::array_t<wp::float32> phase_new;
};


template <bool wp_linear_contiguous>
static void advance_phase_3fdf325f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advance_phase_3fdf325f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_advance_phase_3fdf325f wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.phases.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.natural_freq.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phase_new.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_phases = _wp_args->phases;
    wp::array_t<wp::float32> var_natural_freq = _wp_args->natural_freq;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::float32> var_phase_new = _wp_args->phase_new;
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
    const wp::float32 var_8 = 6.283185307179586;
    bool var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def advance_phase(                                                                     <L 8>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // theta = phases[tid]                                                                    <L 15>
    var_1 = wp::address(var_phases, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = theta + natural_freq[tid] * delta_time                                             <L 16>
    var_4 = wp::address(var_natural_freq, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_delta_time);
    var_7 = wp::add(var_2, var_5);
    // if p >= TWO_PI:                                                                        <L 17>
    var_9 = (var_7 >= var_8);
    if (var_9) {
        // p -= TWO_PI                                                                        <L 18>
        var_10 = wp::sub(var_7, var_8);
    }
    var_11 = wp::where(var_9, var_10, var_7);
    // phase_new[tid] = p                                                                     <L 19>
    wp::array_store(var_phase_new, var_0, var_11);
}



template <bool wp_linear_contiguous>
static void advance_phase_3fdf325f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advance_phase_3fdf325f *_wp_args,
    wp_args_advance_phase_3fdf325f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_advance_phase_3fdf325f wp_contiguous_args;
    wp_args_advance_phase_3fdf325f wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.phases.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.phases.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.natural_freq.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.natural_freq.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phase_new.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.phase_new.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_phases = _wp_args->phases;
    wp::array_t<wp::float32> var_natural_freq = _wp_args->natural_freq;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::float32> var_phase_new = _wp_args->phase_new;
    wp::array_t<wp::float32> adj_phases = _wp_adj_args->phases;
    wp::array_t<wp::float32> adj_natural_freq = _wp_adj_args->natural_freq;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::float32> adj_phase_new = _wp_adj_args->phase_new;
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
    const wp::float32 var_8 = 6.283185307179586;
    bool var_9;
    wp::float32 var_10;
    wp::float32 var_11;
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
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    //---------
    // forward
    // def advance_phase(                                                                     <L 8>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // theta = phases[tid]                                                                    <L 15>
    var_1 = wp::address(var_phases, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = theta + natural_freq[tid] * delta_time                                             <L 16>
    var_4 = wp::address(var_natural_freq, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_delta_time);
    var_7 = wp::add(var_2, var_5);
    // if p >= TWO_PI:                                                                        <L 17>
    var_9 = (var_7 >= var_8);
    if (var_9) {
        // p -= TWO_PI                                                                        <L 18>
        var_10 = wp::sub(var_7, var_8);
    }
    var_11 = wp::where(var_9, var_10, var_7);
    // phase_new[tid] = p                                                                     <L 19>
    // wp::array_store(var_phase_new, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_phase_new, var_0, var_11, adj_phase_new, adj_0, adj_11);
    // adj: phase_new[tid] = p                                                                <L 19>
    wp::adj_where(var_9, var_10, var_7, adj_9, adj_10, adj_7, adj_11);
    if (var_9) {
        wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_10);
        // adj: p -= TWO_PI                                                                   <L 18>
    }
    // adj: if p >= TWO_PI:                                                                   <L 17>
    wp::adj_add(var_2, var_5, adj_2, adj_5, adj_7);
    wp::adj_mul(var_6, var_delta_time, adj_4, adj_delta_time, adj_5);
    wp::adj_address(var_natural_freq, var_0, adj_natural_freq, adj_0, adj_4);
    // adj: p = theta + natural_freq[tid] * delta_time                                        <L 16>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_phases, var_0, adj_phases, adj_0, adj_1);
    // adj: theta = phases[tid]                                                               <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def advance_phase(                                                                <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advance_phase_3fdf325f_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_phase_3fdf325f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advance_phase_3fdf325f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void advance_phase_3fdf325f_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_phase_3fdf325f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->phases.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->natural_freq.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phase_new.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        advance_phase_3fdf325f_cpu_forward_tasks<true>(dim, _wp_args);
    else
        advance_phase_3fdf325f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void advance_phase_3fdf325f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_phase_3fdf325f *_wp_args)
{
    advance_phase_3fdf325f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advance_phase_3fdf325f_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_phase_3fdf325f *_wp_args,
    wp_args_advance_phase_3fdf325f *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advance_phase_3fdf325f_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void advance_phase_3fdf325f_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_phase_3fdf325f *_wp_args,
    wp_args_advance_phase_3fdf325f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->phases.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->phases.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->natural_freq.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->natural_freq.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phase_new.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->phase_new.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        advance_phase_3fdf325f_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        advance_phase_3fdf325f_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void advance_phase_3fdf325f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_phase_3fdf325f *_wp_args,
    wp_args_advance_phase_3fdf325f *_wp_adj_args)
{
    advance_phase_3fdf325f_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

