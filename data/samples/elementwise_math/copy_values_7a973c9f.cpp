// Warp 1.19.0 cpu code for copy_values_7a973c9f.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_sample_levels_59da1a8a {
    wp::array_t<wp::int16> samples;
    wp::array_t<wp::float32> loudness;
};


template <bool wp_linear_contiguous>
static void sample_levels_59da1a8a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_levels_59da1a8a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sample_levels_59da1a8a wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.samples.strides[0] = sizeof(wp::int16);
        wp_contiguous_args.loudness.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int16> var_samples = _wp_args->samples;
    wp::array_t<wp::float32> var_loudness = _wp_args->loudness;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int16* var_1;
    wp::int16 var_2;
    wp::int16 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 32768.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 20.0;
    const wp::float32 var_9 = 1e-06;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def sample_levels(samples: wp.array[wp.int16], loudness: wp.array[float]):             <L 17>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // sample = samples[tid]                                                                  <L 19>
    var_1 = wp::address(var_samples, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // amplitude = wp.abs(float(sample)) / 32768.0                                            <L 20>
    var_4 = wp::float(var_2);
    var_5 = wp::abs(var_4);
    var_7 = wp::div(var_5, var_6);
    // loudness[tid] = 20.0 * wp.log10(wp.max(amplitude, 1.0e-6))                             <L 21>
    var_10 = wp::max(var_7, var_9);
    var_11 = wp::log10(var_10);
    var_12 = wp::mul(var_8, var_11);
    wp::array_store(var_loudness, var_0, var_12);
}



template <bool wp_linear_contiguous>
static void sample_levels_59da1a8a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_levels_59da1a8a *_wp_args,
    wp_args_sample_levels_59da1a8a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sample_levels_59da1a8a wp_contiguous_args;
    wp_args_sample_levels_59da1a8a wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.samples.strides[0] = sizeof(wp::int16);
        wp_contiguous_adj_args.samples.strides[0] = sizeof(wp::int16);
        wp_contiguous_args.loudness.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.loudness.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int16> var_samples = _wp_args->samples;
    wp::array_t<wp::float32> var_loudness = _wp_args->loudness;
    wp::array_t<wp::int16> adj_samples = _wp_adj_args->samples;
    wp::array_t<wp::float32> adj_loudness = _wp_adj_args->loudness;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int16* var_1;
    wp::int16 var_2;
    wp::int16 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 32768.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 20.0;
    const wp::float32 var_9 = 1e-06;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int16 adj_1 = {};
    wp::int16 adj_2 = {};
    wp::int16 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def sample_levels(samples: wp.array[wp.int16], loudness: wp.array[float]):             <L 17>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // sample = samples[tid]                                                                  <L 19>
    var_1 = wp::address(var_samples, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // amplitude = wp.abs(float(sample)) / 32768.0                                            <L 20>
    var_4 = wp::float(var_2);
    var_5 = wp::abs(var_4);
    var_7 = wp::div(var_5, var_6);
    // loudness[tid] = 20.0 * wp.log10(wp.max(amplitude, 1.0e-6))                             <L 21>
    var_10 = wp::max(var_7, var_9);
    var_11 = wp::log10(var_10);
    var_12 = wp::mul(var_8, var_11);
    // wp::array_store(var_loudness, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_loudness, var_0, var_12, adj_loudness, adj_0, adj_12);
    wp::adj_mul(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_log10(var_10, adj_10, adj_11);
    wp::adj_max(var_7, var_9, adj_7, adj_9, adj_10);
    // adj: loudness[tid] = 20.0 * wp.log10(wp.max(amplitude, 1.0e-6))                        <L 21>
    wp::adj_div(var_5, var_6, var_7, adj_5, adj_6, adj_7);
    wp::adj_abs(var_4, adj_4, adj_5);
    wp::adj_float(var_2, adj_2, adj_4);
    // adj: amplitude = wp.abs(float(sample)) / 32768.0                                       <L 20>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
    // adj: sample = samples[tid]                                                             <L 19>
    // adj: tid = wp.tid()                                                                    <L 18>
    // adj: def sample_levels(samples: wp.array[wp.int16], loudness: wp.array[float]):        <L 17>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sample_levels_59da1a8a_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_levels_59da1a8a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sample_levels_59da1a8a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void sample_levels_59da1a8a_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_levels_59da1a8a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->samples.strides[0] == (int)sizeof(wp::int16)) & (_wp_args->loudness.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        sample_levels_59da1a8a_cpu_forward_tasks<true>(dim, _wp_args);
    else
        sample_levels_59da1a8a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void sample_levels_59da1a8a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_levels_59da1a8a *_wp_args)
{
    sample_levels_59da1a8a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sample_levels_59da1a8a_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_levels_59da1a8a *_wp_args,
    wp_args_sample_levels_59da1a8a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sample_levels_59da1a8a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void sample_levels_59da1a8a_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_levels_59da1a8a *_wp_args,
    wp_args_sample_levels_59da1a8a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->samples.strides[0] == (int)sizeof(wp::int16)) & (_wp_adj_args->samples.strides[0] == (int)sizeof(wp::int16)) & (_wp_args->loudness.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->loudness.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        sample_levels_59da1a8a_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        sample_levels_59da1a8a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void sample_levels_59da1a8a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_levels_59da1a8a *_wp_args,
    wp_args_sample_levels_59da1a8a *_wp_adj_args)
{
    sample_levels_59da1a8a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_copy_values_9fcefd07 {
    wp::array_t<wp::vec_t<2, wp::float32>> current;
    wp::array_t<wp::vec_t<2, wp::float32>> saved;
};


template <bool wp_linear_contiguous>
static void copy_values_9fcefd07_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copy_values_9fcefd07 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_copy_values_9fcefd07 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.current.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.saved.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_current = _wp_args->current;
    wp::array_t<wp::vec_t<2, wp::float32>> var_saved = _wp_args->saved;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    //---------
    // forward
    // def copy_values(current: wp.array[wp.vec2], saved: wp.array[wp.vec2]):                 <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // saved[tid] = current[tid]                                                              <L 7>
    var_1 = wp::address(var_current, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    wp::array_store(var_saved, var_0, var_2);
}



template <bool wp_linear_contiguous>
static void copy_values_9fcefd07_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copy_values_9fcefd07 *_wp_args,
    wp_args_copy_values_9fcefd07 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_copy_values_9fcefd07 wp_contiguous_args;
    wp_args_copy_values_9fcefd07 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.current.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.current.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.saved.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.saved.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_current = _wp_args->current;
    wp::array_t<wp::vec_t<2, wp::float32>> var_saved = _wp_args->saved;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_current = _wp_adj_args->current;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_saved = _wp_adj_args->saved;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    //---------
    // forward
    // def copy_values(current: wp.array[wp.vec2], saved: wp.array[wp.vec2]):                 <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // saved[tid] = current[tid]                                                              <L 7>
    var_1 = wp::address(var_current, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp::array_store(var_saved, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_saved, var_0, var_2, adj_saved, adj_0, adj_2);
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_current, var_0, adj_current, adj_0, adj_1);
    // adj: saved[tid] = current[tid]                                                         <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def copy_values(current: wp.array[wp.vec2], saved: wp.array[wp.vec2]):            <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void copy_values_9fcefd07_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy_values_9fcefd07 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        copy_values_9fcefd07_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void copy_values_9fcefd07_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy_values_9fcefd07 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->current.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->saved.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)));
    if (wp_linear_contiguous)
        copy_values_9fcefd07_cpu_forward_tasks<true>(dim, _wp_args);
    else
        copy_values_9fcefd07_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void copy_values_9fcefd07_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy_values_9fcefd07 *_wp_args)
{
    copy_values_9fcefd07_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void copy_values_9fcefd07_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy_values_9fcefd07 *_wp_args,
    wp_args_copy_values_9fcefd07 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        copy_values_9fcefd07_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void copy_values_9fcefd07_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy_values_9fcefd07 *_wp_args,
    wp_args_copy_values_9fcefd07 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->current.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->current.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->saved.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->saved.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)));
    if (wp_linear_contiguous)
        copy_values_9fcefd07_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        copy_values_9fcefd07_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void copy_values_9fcefd07_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy_values_9fcefd07 *_wp_args,
    wp_args_copy_values_9fcefd07 *_wp_adj_args)
{
    copy_values_9fcefd07_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_reset_to_c1799f34 {
    wp::quat_t<wp::float32> value;
    wp::array_t<wp::quat_t<wp::float32>> prev;
};


template <bool wp_linear_contiguous>
static void reset_to_c1799f34_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reset_to_c1799f34 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_reset_to_c1799f34 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.prev.strides[0] = sizeof(wp::quat_t<wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::quat_t<wp::float32> var_value = _wp_args->value;
    wp::array_t<wp::quat_t<wp::float32>> var_prev = _wp_args->prev;
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // forward
    // def reset_to(value: wp.quat, prev: wp.array[wp.quat]):                                 <L 11>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // prev[tid] = value                                                                      <L 13>
    wp::array_store(var_prev, var_0, var_value);
}



template <bool wp_linear_contiguous>
static void reset_to_c1799f34_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reset_to_c1799f34 *_wp_args,
    wp_args_reset_to_c1799f34 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_reset_to_c1799f34 wp_contiguous_args;
    wp_args_reset_to_c1799f34 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.prev.strides[0] = sizeof(wp::quat_t<wp::float32>);
        wp_contiguous_adj_args.prev.strides[0] = sizeof(wp::quat_t<wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::quat_t<wp::float32> var_value = _wp_args->value;
    wp::array_t<wp::quat_t<wp::float32>> var_prev = _wp_args->prev;
    wp::quat_t<wp::float32> adj_value = _wp_adj_args->value;
    wp::array_t<wp::quat_t<wp::float32>> adj_prev = _wp_adj_args->prev;
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    //---------
    // forward
    // def reset_to(value: wp.quat, prev: wp.array[wp.quat]):                                 <L 11>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // prev[tid] = value                                                                      <L 13>
    // wp::array_store(var_prev, var_0, var_value);
    //---------
    // reverse
    wp::adj_array_store(var_prev, var_0, var_value, adj_prev, adj_0, adj_value);
    // adj: prev[tid] = value                                                                 <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def reset_to(value: wp.quat, prev: wp.array[wp.quat]):                            <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reset_to_c1799f34_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_reset_to_c1799f34 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reset_to_c1799f34_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void reset_to_c1799f34_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_reset_to_c1799f34 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->prev.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)));
    if (wp_linear_contiguous)
        reset_to_c1799f34_cpu_forward_tasks<true>(dim, _wp_args);
    else
        reset_to_c1799f34_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void reset_to_c1799f34_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reset_to_c1799f34 *_wp_args)
{
    reset_to_c1799f34_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reset_to_c1799f34_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_reset_to_c1799f34 *_wp_args,
    wp_args_reset_to_c1799f34 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reset_to_c1799f34_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void reset_to_c1799f34_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_reset_to_c1799f34 *_wp_args,
    wp_args_reset_to_c1799f34 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->prev.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)) & (_wp_adj_args->prev.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)));
    if (wp_linear_contiguous)
        reset_to_c1799f34_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        reset_to_c1799f34_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void reset_to_c1799f34_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reset_to_c1799f34 *_wp_args,
    wp_args_reset_to_c1799f34 *_wp_adj_args)
{
    reset_to_c1799f34_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

