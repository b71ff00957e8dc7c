// Warp 1.19.0 cpu code for copy_scaled_f376b867.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_copy_scaled_342bb1f3 {
    wp::array_t<wp::float16> inputs;
    wp::array_t<wp::float16> offsets;
    wp::array_t<wp::float16> out;
    wp::float16 scale;
};


template <bool wp_linear_contiguous>
static void copy_scaled_342bb1f3_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_copy_scaled_342bb1f3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_inputs = _wp_args->inputs;
    wp::array_t<wp::float16> var_offsets = _wp_args->offsets;
    wp::array_t<wp::float16> var_out = _wp_args->out;
    wp::float16 var_scale = _wp_args->scale;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float16* var_4;
    wp::float16 var_5;
    wp::float16 var_6;
    wp::float16* var_7;
    wp::float16 var_8;
    wp::float16 var_9;
    wp::float16 var_10;
    wp::float16 var_11;
    //---------
    // forward
    // def copy_scaled(                                                                       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // a = inputs[n, c, y, x]                                                                 <L 12>
    var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // bias = offsets[n, c, y, x]                                                             <L 13>
    var_7 = wp::address(var_offsets, var_0, var_1, var_2, var_3);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // out[n, c, y, x] = a * scale + bias                                                     <L 14>
    var_10 = wp::mul(var_5, var_scale);
    var_11 = wp::add(var_10, var_8);
    wp::array_store(var_out, var_0, var_1, var_2, var_3, var_11);
}



template <bool wp_linear_contiguous>
static void copy_scaled_342bb1f3_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_copy_scaled_342bb1f3 *_wp_args,
    wp_args_copy_scaled_342bb1f3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_inputs = _wp_args->inputs;
    wp::array_t<wp::float16> var_offsets = _wp_args->offsets;
    wp::array_t<wp::float16> var_out = _wp_args->out;
    wp::float16 var_scale = _wp_args->scale;
    wp::array_t<wp::float16> adj_inputs = _wp_adj_args->inputs;
    wp::array_t<wp::float16> adj_offsets = _wp_adj_args->offsets;
    wp::array_t<wp::float16> adj_out = _wp_adj_args->out;
    wp::float16 adj_scale = _wp_adj_args->scale;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float16* var_4;
    wp::float16 var_5;
    wp::float16 var_6;
    wp::float16* var_7;
    wp::float16 var_8;
    wp::float16 var_9;
    wp::float16 var_10;
    wp::float16 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float16 adj_4 = {};
    wp::float16 adj_5 = {};
    wp::float16 adj_6 = {};
    wp::float16 adj_7 = {};
    wp::float16 adj_8 = {};
    wp::float16 adj_9 = {};
    wp::float16 adj_10 = {};
    wp::float16 adj_11 = {};
    //---------
    // forward
    // def copy_scaled(                                                                       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 11>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // a = inputs[n, c, y, x]                                                                 <L 12>
    var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // bias = offsets[n, c, y, x]                                                             <L 13>
    var_7 = wp::address(var_offsets, var_0, var_1, var_2, var_3);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // out[n, c, y, x] = a * scale + bias                                                     <L 14>
    var_10 = wp::mul(var_5, var_scale);
    var_11 = wp::add(var_10, var_8);
    // wp::array_store(var_out, var_0, var_1, var_2, var_3, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_2, var_3, var_11, adj_out, adj_0, adj_1, adj_2, adj_3, adj_11);
    wp::adj_add(var_10, var_8, adj_10, adj_8, adj_11);
    wp::adj_mul(var_5, var_scale, adj_5, adj_scale, adj_10);
    // adj: out[n, c, y, x] = a * scale + bias                                                <L 14>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_offsets, var_0, var_1, var_2, var_3, adj_offsets, adj_0, adj_1, adj_2, adj_3, adj_7);
    // adj: bias = offsets[n, c, y, x]                                                        <L 13>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_inputs, var_0, var_1, var_2, var_3, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: a = inputs[n, c, y, x]                                                            <L 12>
    // adj: n, c, y, x = wp.tid()                                                             <L 11>
    // adj: def copy_scaled(                                                                  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void copy_scaled_342bb1f3_cpu_forward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_342bb1f3 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        copy_scaled_342bb1f3_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void copy_scaled_342bb1f3_cpu_forward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_342bb1f3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    copy_scaled_342bb1f3_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void copy_scaled_342bb1f3_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_342bb1f3 *_wp_args)
{
    copy_scaled_342bb1f3_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void copy_scaled_342bb1f3_cpu_backward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_342bb1f3 *_wp_args,
    wp_args_copy_scaled_342bb1f3 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        copy_scaled_342bb1f3_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void copy_scaled_342bb1f3_cpu_backward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_342bb1f3 *_wp_args,
    wp_args_copy_scaled_342bb1f3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    copy_scaled_342bb1f3_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void copy_scaled_342bb1f3_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_342bb1f3 *_wp_args,
    wp_args_copy_scaled_342bb1f3 *_wp_adj_args)
{
    copy_scaled_342bb1f3_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

