// Warp 1.19.0 cpu code for rescale_tensor_404b9b98.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_rescale_tensor_63d2b737 {
    wp::float64 gain;
    wp::float64 bias;
    wp::array_t<wp::float64> inputs;
};


template <bool wp_linear_contiguous>
static void rescale_tensor_63d2b737_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_rescale_tensor_63d2b737 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float64 var_gain = _wp_args->gain;
    wp::float64 var_bias = _wp_args->bias;
    wp::array_t<wp::float64> var_inputs = _wp_args->inputs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float64* var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    //---------
    // forward
    // def rescale_tensor(gain: wp.float64, bias: wp.float64, inputs: wp.array4d[wp.float64]):       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 6>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // a = inputs[n, c, y, x]                                                                 <L 7>
    var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // inputs[n, c, y, x] = a * gain + bias                                                   <L 8>
    var_7 = wp::mul(var_5, var_gain);
    var_8 = wp::add(var_7, var_bias);
    wp::array_store(var_inputs, var_0, var_1, var_2, var_3, var_8);
}



template <bool wp_linear_contiguous>
static void rescale_tensor_63d2b737_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_rescale_tensor_63d2b737 *_wp_args,
    wp_args_rescale_tensor_63d2b737 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float64 var_gain = _wp_args->gain;
    wp::float64 var_bias = _wp_args->bias;
    wp::array_t<wp::float64> var_inputs = _wp_args->inputs;
    wp::float64 adj_gain = _wp_adj_args->gain;
    wp::float64 adj_bias = _wp_adj_args->bias;
    wp::array_t<wp::float64> adj_inputs = _wp_adj_args->inputs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float64* var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    //---------
    // forward
    // def rescale_tensor(gain: wp.float64, bias: wp.float64, inputs: wp.array4d[wp.float64]):       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 6>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // a = inputs[n, c, y, x]                                                                 <L 7>
    var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // inputs[n, c, y, x] = a * gain + bias                                                   <L 8>
    var_7 = wp::mul(var_5, var_gain);
    var_8 = wp::add(var_7, var_bias);
    // wp::array_store(var_inputs, var_0, var_1, var_2, var_3, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_inputs, var_0, var_1, var_2, var_3, var_8, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_8);
    wp::adj_add(var_7, var_bias, adj_7, adj_bias, adj_8);
    wp::adj_mul(var_5, var_gain, adj_5, adj_gain, adj_7);
    // adj: inputs[n, c, y, x] = a * gain + bias                                              <L 8>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_inputs, var_0, var_1, var_2, var_3, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: a = inputs[n, c, y, x]                                                            <L 7>
    // adj: n, c, y, x = wp.tid()                                                             <L 6>
    // adj: def rescale_tensor(gain: wp.float64, bias: wp.float64, inputs: wp.array4d[wp.float64]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void rescale_tensor_63d2b737_cpu_forward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_rescale_tensor_63d2b737 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rescale_tensor_63d2b737_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void rescale_tensor_63d2b737_cpu_forward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_rescale_tensor_63d2b737 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    rescale_tensor_63d2b737_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void rescale_tensor_63d2b737_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_rescale_tensor_63d2b737 *_wp_args)
{
    rescale_tensor_63d2b737_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void rescale_tensor_63d2b737_cpu_backward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_rescale_tensor_63d2b737 *_wp_args,
    wp_args_rescale_tensor_63d2b737 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rescale_tensor_63d2b737_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void rescale_tensor_63d2b737_cpu_backward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_rescale_tensor_63d2b737 *_wp_args,
    wp_args_rescale_tensor_63d2b737 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    rescale_tensor_63d2b737_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void rescale_tensor_63d2b737_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_rescale_tensor_63d2b737 *_wp_args,
    wp_args_rescale_tensor_63d2b737 *_wp_adj_args)
{
    rescale_tensor_63d2b737_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

