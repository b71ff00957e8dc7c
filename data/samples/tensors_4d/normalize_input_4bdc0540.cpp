// Warp 1.19.0 cpu code for normalize_input_4bdc0540.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_normalize_input_bca2195f {
    wp::array_t<wp::float16> act;
    wp::float16 scale;
    wp::float16 bias;
};


template <bool wp_linear_contiguous>
static void normalize_input_bca2195f_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_normalize_input_bca2195f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_act = _wp_args->act;
    wp::float16 var_scale = _wp_args->scale;
    wp::float16 var_bias = _wp_args->bias;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float16* var_4;
    wp::float16 var_5;
    wp::float16 var_6;
    wp::float16 var_7;
    wp::float16 var_8;
    //---------
    // forward
    // def normalize_input(act: wp.array4d(dtype=wp.float16), scale: wp.float16, bias: wp.float16):       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 6>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // a = act[n, c, y, x]                                                                    <L 7>
    var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // act[n, c, y, x] = a * scale + bias                                                     <L 8>
    var_7 = wp::mul(var_5, var_scale);
    var_8 = wp::add(var_7, var_bias);
    wp::array_store(var_act, var_0, var_1, var_2, var_3, var_8);
}



template <bool wp_linear_contiguous>
static void normalize_input_bca2195f_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_normalize_input_bca2195f *_wp_args,
    wp_args_normalize_input_bca2195f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_act = _wp_args->act;
    wp::float16 var_scale = _wp_args->scale;
    wp::float16 var_bias = _wp_args->bias;
    wp::array_t<wp::float16> adj_act = _wp_adj_args->act;
    wp::float16 adj_scale = _wp_adj_args->scale;
    wp::float16 adj_bias = _wp_adj_args->bias;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float16* var_4;
    wp::float16 var_5;
    wp::float16 var_6;
    wp::float16 var_7;
    wp::float16 var_8;
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
    //---------
    // forward
    // def normalize_input(act: wp.array4d(dtype=wp.float16), scale: wp.float16, bias: wp.float16):       <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 6>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // a = act[n, c, y, x]                                                                    <L 7>
    var_4 = wp::address(var_act, var_0, var_1, var_2, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // act[n, c, y, x] = a * scale + bias                                                     <L 8>
    var_7 = wp::mul(var_5, var_scale);
    var_8 = wp::add(var_7, var_bias);
    // wp::array_store(var_act, var_0, var_1, var_2, var_3, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_act, var_0, var_1, var_2, var_3, var_8, adj_act, adj_0, adj_1, adj_2, adj_3, adj_8);
    wp::adj_add(var_7, var_bias, adj_7, adj_bias, adj_8);
    wp::adj_mul(var_5, var_scale, adj_5, adj_scale, adj_7);
    // adj: act[n, c, y, x] = a * scale + bias                                                <L 8>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_act, var_0, var_1, var_2, var_3, adj_act, adj_0, adj_1, adj_2, adj_3, adj_4);
    // adj: a = act[n, c, y, x]                                                               <L 7>
    // adj: n, c, y, x = wp.tid()                                                             <L 6>
    // adj: def normalize_input(act: wp.array4d(dtype=wp.float16), scale: wp.float16, bias: wp.float16):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void normalize_input_bca2195f_cpu_forward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_normalize_input_bca2195f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        normalize_input_bca2195f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void normalize_input_bca2195f_cpu_forward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_normalize_input_bca2195f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    normalize_input_bca2195f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void normalize_input_bca2195f_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_normalize_input_bca2195f *_wp_args)
{
    normalize_input_bca2195f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void normalize_input_bca2195f_cpu_backward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_normalize_input_bca2195f *_wp_args,
    wp_args_normalize_input_bca2195f *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        normalize_input_bca2195f_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void normalize_input_bca2195f_cpu_backward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_normalize_input_bca2195f *_wp_args,
    wp_args_normalize_input_bca2195f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    normalize_input_bca2195f_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void normalize_input_bca2195f_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_normalize_input_bca2195f *_wp_args,
    wp_args_normalize_input_bca2195f *_wp_adj_args)
{
    normalize_input_bca2195f_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

