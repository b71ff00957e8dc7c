// Warp 1.19.0 cpu code for conv_tiled_bcd9e4a0.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// conv_tiled.py:9
static wp::vec_t<2, wp::float32> cplx_mul_0(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<2, wp::float32> var_22;
    //---------
    // forward
    // def cplx_mul(a: wp.vec2, b: wp.vec2) -> wp.vec2:                                       <L 10>
    // return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])                   <L 11>
    var_1 = wp::extract(var_a, var_0);
    var_3 = wp::extract(var_b, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_a, var_5);
    var_8 = wp::extract(var_b, var_7);
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::sub(var_4, var_9);
    var_12 = wp::extract(var_a, var_11);
    var_14 = wp::extract(var_b, var_13);
    var_15 = wp::mul(var_12, var_14);
    var_17 = wp::extract(var_a, var_16);
    var_19 = wp::extract(var_b, var_18);
    var_20 = wp::mul(var_17, var_19);
    var_21 = wp::add(var_15, var_20);
    var_22 = wp::vec_t<2, wp::float32>(var_10, var_21);
    return var_22;
}


// conv_tiled.py:9
static void adj_cplx_mul_0(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b,
    wp::vec_t<2, wp::float32> & adj_a,
    wp::vec_t<2, wp::float32> & adj_b,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<2, wp::float32> var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    //---------
    // forward
    // def cplx_mul(a: wp.vec2, b: wp.vec2) -> wp.vec2:                                       <L 10>
    // return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])                   <L 11>
    var_1 = wp::extract(var_a, var_0);
    var_3 = wp::extract(var_b, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_a, var_5);
    var_8 = wp::extract(var_b, var_7);
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::sub(var_4, var_9);
    var_12 = wp::extract(var_a, var_11);
    var_14 = wp::extract(var_b, var_13);
    var_15 = wp::mul(var_12, var_14);
    var_17 = wp::extract(var_a, var_16);
    var_19 = wp::extract(var_b, var_18);
    var_20 = wp::mul(var_17, var_19);
    var_21 = wp::add(var_15, var_20);
    var_22 = wp::vec_t<2, wp::float32>(var_10, var_21);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_22 += adj_ret;
    wp::adj_vec_t(var_10, var_21, adj_10, adj_21, adj_22);
    wp::adj_add(var_15, var_20, adj_15, adj_20, adj_21);
    wp::adj_mul(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_extract(var_b, var_18, adj_b, adj_18, adj_19);
    wp::adj_extract(var_a, var_16, adj_a, adj_16, adj_17);
    wp::adj_mul(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_extract(var_b, var_13, adj_b, adj_13, adj_14);
    wp::adj_extract(var_a, var_11, adj_a, adj_11, adj_12);
    wp::adj_sub(var_4, var_9, adj_4, adj_9, adj_10);
    wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_extract(var_b, var_7, adj_b, adj_7, adj_8);
    wp::adj_extract(var_a, var_5, adj_a, adj_5, adj_6);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_b, var_2, adj_b, adj_2, adj_3);
    wp::adj_extract(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])              <L 11>
    // adj: def cplx_mul(a: wp.vec2, b: wp.vec2) -> wp.vec2:                                  <L 10>
    return;
}

struct wp_args_conv_tiled_62a3c6f5 {
    wp::array_t<wp::vec_t<2, wp::float32>> signal;
    wp::array_t<wp::vec_t<2, wp::float32>> transfer;
    wp::array_t<wp::vec_t<2, wp::float32>> filtered;
};


template <bool wp_linear_contiguous>
static void conv_tiled_62a3c6f5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_conv_tiled_62a3c6f5 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_signal = _wp_args->signal;
    wp::array_t<wp::vec_t<2, wp::float32>> var_transfer = _wp_args->transfer;
    wp::array_t<wp::vec_t<2, wp::float32>> var_filtered = _wp_args->filtered;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 256;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
    const wp::int32 var_7 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_8;
    const wp::int32 var_9 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_11 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
    const wp::int32 var_12 = 0;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_17 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
    const wp::int32 var_18 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_19;
    const wp::int32 var_20 = 0;
    //---------
    // forward
    // def conv_tiled(                                                                        <L 15>
    // i = wp.tid()                                                                           <L 20>
    var_0 = builtin_tid1d();
    // a = wp.tile_load(signal, shape=(TILE_M, TILE_N), offset=(i, 0))                        <L 21>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::tuple(var_0, var_4);
    var_6 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 256>(var_signal, var_0, var_7);
    // wp.tile_fft(a)                                                                         <L 22>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 1, 256, var_6);
    // b = wp.tile_load(transfer, shape=(TILE_M, TILE_N), offset=(i, 0))                      <L 23>
    var_8 = wp::tuple(var_1, var_2);
    var_10 = wp::tuple(var_0, var_9);
    var_11 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 256>(var_transfer, var_0, var_12);
    // c = wp.tile_map(cplx_mul, a, b)                                                        <L 24>
    var_13 = wp::tile_binary_map(cplx_mul_0, var_6, var_11);
    // wp.tile_ifft(c)                                                                        <L 25>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 1, 256, var_13);
    // c = c * (1.0 / float(TILE_N))                                                          <L 26>
    var_15 = wp::float(var_2);
    var_16 = wp::div(var_14, var_15);
    var_17 = wp::tile_mul(var_13, var_16);
    // wp.tile_store(filtered, c, offset=(i, 0))                                              <L 27>
    var_19 = wp::tuple(var_0, var_18);
    wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_filtered, var_0, var_20, var_17);
}



template <bool wp_linear_contiguous>
static void conv_tiled_62a3c6f5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_conv_tiled_62a3c6f5 *_wp_args,
    wp_args_conv_tiled_62a3c6f5 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_signal = _wp_args->signal;
    wp::array_t<wp::vec_t<2, wp::float32>> var_transfer = _wp_args->transfer;
    wp::array_t<wp::vec_t<2, wp::float32>> var_filtered = _wp_args->filtered;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_signal = _wp_adj_args->signal;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_transfer = _wp_adj_args->transfer;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_filtered = _wp_adj_args->filtered;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 256;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
    const wp::int32 var_7 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_8;
    const wp::int32 var_9 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_11 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
    const wp::int32 var_12 = 0;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_17 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
    const wp::int32 var_18 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_19;
    const wp::int32 var_20 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> adj_6{};
    wp::int32 adj_7 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> adj_11{};
    wp::int32 adj_12 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> adj_13{};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> adj_17{};
    wp::int32 adj_18 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_19 = {};
    wp::int32 adj_20 = {};
    //---------
    // forward
    // def conv_tiled(                                                                        <L 15>
    // i = wp.tid()                                                                           <L 20>
    var_0 = builtin_tid1d();
    // a = wp.tile_load(signal, shape=(TILE_M, TILE_N), offset=(i, 0))                        <L 21>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::tuple(var_0, var_4);
    var_6 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 256>(var_signal, var_0, var_7);
    // wp.tile_fft(a)                                                                         <L 22>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 1, 256, var_6);
    // b = wp.tile_load(transfer, shape=(TILE_M, TILE_N), offset=(i, 0))                      <L 23>
    var_8 = wp::tuple(var_1, var_2);
    var_10 = wp::tuple(var_0, var_9);
    var_11 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 256>(var_transfer, var_0, var_12);
    // c = wp.tile_map(cplx_mul, a, b)                                                        <L 24>
    var_13 = wp::tile_binary_map(cplx_mul_0, var_6, var_11);
    // wp.tile_ifft(c)                                                                        <L 25>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 1, 256, var_13);
    // c = c * (1.0 / float(TILE_N))                                                          <L 26>
    var_15 = wp::float(var_2);
    var_16 = wp::div(var_14, var_15);
    var_17 = wp::tile_mul(var_13, var_16);
    // wp.tile_store(filtered, c, offset=(i, 0))                                              <L 27>
    var_19 = wp::tuple(var_0, var_18);
    // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_filtered, var_0, var_20, var_17);
    //---------
    // reverse
    wp::adj_tile_store(var_filtered, var_0, var_20, var_17, adj_filtered, adj_0, adj_20, adj_17);
    // adj: wp.tile_store(filtered, c, offset=(i, 0))                                         <L 27>
    wp::adj_tile_mul(var_13, var_16, adj_13, adj_16, adj_17);
    wp::adj_div(var_14, var_15, var_16, adj_14, adj_15, adj_16);
    wp::adj_float(var_2, adj_2, adj_15);
    // adj: c = c * (1.0 / float(TILE_N))                                                     <L 26>
    adj_tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 1, 256, var_13, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 1, 256, adj_13);
    // adj: wp.tile_ifft(c)                                                                   <L 25>
    wp::adj_tile_binary_map(cplx_mul_0, var_6, var_11, adj_cplx_mul_0, adj_6, adj_11, adj_13);
    // adj: c = wp.tile_map(cplx_mul, a, b)                                                   <L 24>
    wp::adj_tile_load(var_transfer, var_0, var_12, adj_transfer, adj_0, adj_12, adj_11);
    // adj: b = wp.tile_load(transfer, shape=(TILE_M, TILE_N), offset=(i, 0))                 <L 23>
    adj_tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 1, 256, var_6, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 0, 1, 256, adj_6);
    // adj: wp.tile_fft(a)                                                                    <L 22>
    wp::adj_tile_load(var_signal, var_0, var_7, adj_signal, adj_0, adj_7, adj_6);
    // adj: a = wp.tile_load(signal, shape=(TILE_M, TILE_N), offset=(i, 0))                   <L 21>
    // adj: i = wp.tid()                                                                      <L 20>
    // adj: def conv_tiled(                                                                   <L 15>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void conv_tiled_62a3c6f5_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_conv_tiled_62a3c6f5 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        conv_tiled_62a3c6f5_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void conv_tiled_62a3c6f5_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_conv_tiled_62a3c6f5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    conv_tiled_62a3c6f5_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void conv_tiled_62a3c6f5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_conv_tiled_62a3c6f5 *_wp_args)
{
    conv_tiled_62a3c6f5_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void conv_tiled_62a3c6f5_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_conv_tiled_62a3c6f5 *_wp_args,
    wp_args_conv_tiled_62a3c6f5 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        conv_tiled_62a3c6f5_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void conv_tiled_62a3c6f5_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_conv_tiled_62a3c6f5 *_wp_args,
    wp_args_conv_tiled_62a3c6f5 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    conv_tiled_62a3c6f5_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void conv_tiled_62a3c6f5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_conv_tiled_62a3c6f5 *_wp_args,
    wp_args_conv_tiled_62a3c6f5 *_wp_adj_args)
{
    conv_tiled_62a3c6f5_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

