// Warp 1.19.0 cpu code for activation_forward_5f80251f.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_activation_forward_bf930328 {
    wp::array_t<wp::float32> inputs;
    wp::array_t<wp::float32> outputs;
};


template <bool wp_linear_contiguous>
static void activation_forward_bf930328_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_activation_forward_bf930328 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_inputs = _wp_args->inputs;
    wp::array_t<wp::float32> var_outputs = _wp_args->outputs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def activation_forward(inputs: wp.array4d(dtype=float), outputs: wp.array4d(dtype=float)):       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 7>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // outputs[n, c, y, x] = wp.tanh(inputs[n, c, y, x])                                      <L 8>
    var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::tanh(var_6);
    wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_5);
}



template <bool wp_linear_contiguous>
static void activation_forward_bf930328_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_activation_forward_bf930328 *_wp_args,
    wp_args_activation_forward_bf930328 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_inputs = _wp_args->inputs;
    wp::array_t<wp::float32> var_outputs = _wp_args->outputs;
    wp::array_t<wp::float32> adj_inputs = _wp_adj_args->inputs;
    wp::array_t<wp::float32> adj_outputs = _wp_adj_args->outputs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def activation_forward(inputs: wp.array4d(dtype=float), outputs: wp.array4d(dtype=float)):       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 7>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // outputs[n, c, y, x] = wp.tanh(inputs[n, c, y, x])                                      <L 8>
    var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::tanh(var_6);
    // wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_outputs, var_0, var_1, var_2, var_3, var_5, adj_outputs, adj_0, adj_1, adj_2, adj_3, adj_5);
    wp::adj_tanh(var_6, var_5, adj_4, adj_5);
    wp::adj_address(var_inputs, var_0, var_1, var_2, var_3, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: outputs[n, c, y, x] = wp.tanh(inputs[n, c, y, x])                                 <L 8>
    // adj: n, c, y, x = wp.tid()                                                             <L 7>
    // adj: def activation_forward(inputs: wp.array4d(dtype=float), outputs: wp.array4d(dtype=float)):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void activation_forward_bf930328_cpu_forward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_activation_forward_bf930328 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        activation_forward_bf930328_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void activation_forward_bf930328_cpu_forward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_activation_forward_bf930328 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    activation_forward_bf930328_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void activation_forward_bf930328_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_activation_forward_bf930328 *_wp_args)
{
    activation_forward_bf930328_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void activation_forward_bf930328_cpu_backward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_activation_forward_bf930328 *_wp_args,
    wp_args_activation_forward_bf930328 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        activation_forward_bf930328_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void activation_forward_bf930328_cpu_backward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_activation_forward_bf930328 *_wp_args,
    wp_args_activation_forward_bf930328 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    activation_forward_bf930328_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void activation_forward_bf930328_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_activation_forward_bf930328 *_wp_args,
    wp_args_activation_forward_bf930328 *_wp_adj_args)
{
    activation_forward_bf930328_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_channel_stats_e15a8ad6 {
    wp::array_t<wp::float32> outputs;
    wp::array_t<wp::float32> mean;
};


template <bool wp_linear_contiguous>
static void channel_stats_e15a8ad6_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_channel_stats_e15a8ad6 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_outputs = _wp_args->outputs;
    wp::array_t<wp::float32> var_mean = _wp_args->mean;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def channel_stats(outputs: wp.array4d(dtype=float), mean: wp.array(dtype=float)):       <L 12>
    // n, c, y, x = wp.tid()                                                                  <L 13>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // val = outputs[n, c, y, x]                                                              <L 14>
    var_4 = wp::address(var_outputs, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // value = val                                                                            <L 15>
    var_7 = wp::copy(var_5);
    // wp.atomic_add(mean, c, value)                                                          <L 16>
    var_8 = wp::atomic_add(var_mean, var_1, var_7);
}



template <bool wp_linear_contiguous>
static void channel_stats_e15a8ad6_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_channel_stats_e15a8ad6 *_wp_args,
    wp_args_channel_stats_e15a8ad6 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_outputs = _wp_args->outputs;
    wp::array_t<wp::float32> var_mean = _wp_args->mean;
    wp::array_t<wp::float32> adj_outputs = _wp_adj_args->outputs;
    wp::array_t<wp::float32> adj_mean = _wp_adj_args->mean;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def channel_stats(outputs: wp.array4d(dtype=float), mean: wp.array(dtype=float)):       <L 12>
    // n, c, y, x = wp.tid()                                                                  <L 13>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // val = outputs[n, c, y, x]                                                              <L 14>
    var_4 = wp::address(var_outputs, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // value = val                                                                            <L 15>
    var_7 = wp::copy(var_5);
    // wp.atomic_add(mean, c, value)                                                          <L 16>
    // var_8 = wp::atomic_add(var_mean, var_1, var_7);
    //---------
    // reverse
    wp::adj_atomic_add(var_mean, var_1, var_7, adj_mean, adj_1, adj_7, adj_8);
    // adj: wp.atomic_add(mean, c, value)                                                     <L 16>
    wp::adj_copy(var_5, adj_5, adj_7);
    // adj: value = val                                                                       <L 15>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_outputs, var_0, var_1, var_2, var_3, adj_outputs, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: val = outputs[n, c, y, x]                                                         <L 14>
    // adj: n, c, y, x = wp.tid()                                                             <L 13>
    // adj: def channel_stats(outputs: wp.array4d(dtype=float), mean: wp.array(dtype=float)):  <L 12>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void channel_stats_e15a8ad6_cpu_forward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_channel_stats_e15a8ad6 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        channel_stats_e15a8ad6_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void channel_stats_e15a8ad6_cpu_forward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_channel_stats_e15a8ad6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    channel_stats_e15a8ad6_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void channel_stats_e15a8ad6_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_channel_stats_e15a8ad6 *_wp_args)
{
    channel_stats_e15a8ad6_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void channel_stats_e15a8ad6_cpu_backward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_channel_stats_e15a8ad6 *_wp_args,
    wp_args_channel_stats_e15a8ad6 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        channel_stats_e15a8ad6_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void channel_stats_e15a8ad6_cpu_backward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_channel_stats_e15a8ad6 *_wp_args,
    wp_args_channel_stats_e15a8ad6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    channel_stats_e15a8ad6_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void channel_stats_e15a8ad6_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_channel_stats_e15a8ad6 *_wp_args,
    wp_args_channel_stats_e15a8ad6 *_wp_adj_args)
{
    channel_stats_e15a8ad6_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

