// Warp 1.19.0 cpu code for copy_scaled_8d2e565c.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_copy_scaled_56cf0446 {
    wp::array_t<wp::float32> act;
    wp::array_t<wp::float32> out;
    wp::float32 multiplier;
    wp::float32 shift;
};


template <bool wp_linear_contiguous>
static void copy_scaled_56cf0446_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_copy_scaled_56cf0446 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_act = _wp_args->act;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::float32 var_multiplier = _wp_args->multiplier;
    wp::float32 var_shift = _wp_args->shift;
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
    // def copy_scaled(act: wp.array4d[float], out: wp.array4d[float], multiplier: float, shift: float):       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 7>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // a = act[n, c, y, x]                                                                    <L 8>
    var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // out[n, c, y, x] = a * multiplier + shift                                               <L 9>
    var_7 = wp::mul(var_5, var_multiplier);
    var_8 = wp::add(var_7, var_shift);
    wp::array_store(var_out, var_0, var_1, var_2, var_3, var_8);
}



template <bool wp_linear_contiguous>
static void copy_scaled_56cf0446_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_copy_scaled_56cf0446 *_wp_args,
    wp_args_copy_scaled_56cf0446 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_act = _wp_args->act;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::float32 var_multiplier = _wp_args->multiplier;
    wp::float32 var_shift = _wp_args->shift;
    wp::array_t<wp::float32> adj_act = _wp_adj_args->act;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::float32 adj_multiplier = _wp_adj_args->multiplier;
    wp::float32 adj_shift = _wp_adj_args->shift;
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
    // def copy_scaled(act: wp.array4d[float], out: wp.array4d[float], multiplier: float, shift: float):       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 7>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // a = act[n, c, y, x]                                                                    <L 8>
    var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // out[n, c, y, x] = a * multiplier + shift                                               <L 9>
    var_7 = wp::mul(var_5, var_multiplier);
    var_8 = wp::add(var_7, var_shift);
    // wp::array_store(var_out, var_0, var_1, var_2, var_3, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_2, var_3, var_8, adj_out, adj_0, adj_1, adj_2, adj_3, adj_8);
    wp::adj_add(var_7, var_shift, adj_7, adj_shift, adj_8);
    wp::adj_mul(var_5, var_multiplier, adj_5, adj_multiplier, adj_7);
    // adj: out[n, c, y, x] = a * multiplier + shift                                          <L 9>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_act, var_0, var_1, var_2, var_3, adj_act, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: a = act[n, c, y, x]                                                               <L 8>
    // adj: n, c, y, x = wp.tid()                                                             <L 7>
    // adj: def copy_scaled(act: wp.array4d[float], out: wp.array4d[float], multiplier: float, shift: float):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void copy_scaled_56cf0446_cpu_forward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_56cf0446 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        copy_scaled_56cf0446_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void copy_scaled_56cf0446_cpu_forward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_56cf0446 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    copy_scaled_56cf0446_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void copy_scaled_56cf0446_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_56cf0446 *_wp_args)
{
    copy_scaled_56cf0446_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void copy_scaled_56cf0446_cpu_backward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_56cf0446 *_wp_args,
    wp_args_copy_scaled_56cf0446 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        copy_scaled_56cf0446_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void copy_scaled_56cf0446_cpu_backward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_56cf0446 *_wp_args,
    wp_args_copy_scaled_56cf0446 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    copy_scaled_56cf0446_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void copy_scaled_56cf0446_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_copy_scaled_56cf0446 *_wp_args,
    wp_args_copy_scaled_56cf0446 *_wp_adj_args)
{
    copy_scaled_56cf0446_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

