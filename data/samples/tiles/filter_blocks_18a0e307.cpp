// Warp 1.19.0 cpu code for filter_blocks_18a0e307.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_filter_blocks_0e088a21 {
    wp::array_t<wp::float32> signal;
    wp::array_t<wp::float32> result;
    wp::int32 seed;
    wp::float32 scale;
};


template <bool wp_linear_contiguous>
static void filter_blocks_0e088a21_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_filter_blocks_0e088a21 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_filter_blocks_0e088a21 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.signal.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.result.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_signal = _wp_args->signal;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_scale = _wp_args->scale;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 64;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::uint32 var_4;
    const wp::float32 var_5 = -1.0;
    const wp::float32 var_6 = 1.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    const wp::float32 var_8 = -1.0;
    const wp::float32 var_9 = 1.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::int32 var_12;
    //---------
    // forward
    // def filter_blocks(signal: wp.array[float], result: wp.array[float], seed: wp.int32, scale: float):       <L 9>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(signal, shape=TILE_SIZE, offset=i * TILE_SIZE)                        <L 12>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 64>(var_signal, var_2);
    // rng = wp.rand_init(seed, i)                                                            <L 13>
    var_4 = wp::rand_init(var_seed, var_0);
    // noise = wp.tile_randf(TILE_SIZE, rng, -1.0, 1.0)                                       <L 16>
    var_7 = wp::tile_randf<64>(var_4, var_8, var_9);
    // noisy = t + noise * scale                                                              <L 17>
    var_10 = wp::tile_mul(var_7, var_scale);
    var_11 = wp::tile_add(var_3, var_10);
    // wp.tile_store(result, noisy, offset=i * TILE_SIZE)                                     <L 18>
    var_12 = wp::mul(var_0, var_1);
    wp::tile_store<wp::float32, true, false>(var_result, var_12, var_11);
}



template <bool wp_linear_contiguous>
static void filter_blocks_0e088a21_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_filter_blocks_0e088a21 *_wp_args,
    wp_args_filter_blocks_0e088a21 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_filter_blocks_0e088a21 wp_contiguous_args;
    wp_args_filter_blocks_0e088a21 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.signal.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.signal.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.result.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.result.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_signal = _wp_args->signal;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_scale = _wp_args->scale;
    wp::array_t<wp::float32> adj_signal = _wp_adj_args->signal;
    wp::array_t<wp::float32> adj_result = _wp_adj_args->result;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_scale = _wp_adj_args->scale;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 64;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::uint32 var_4;
    const wp::float32 var_5 = -1.0;
    const wp::float32 var_6 = 1.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    const wp::float32 var_8 = -1.0;
    const wp::float32 var_9 = 1.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
    wp::int32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_3{};
    wp::uint32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_7{};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_10{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_11{};
    wp::int32 adj_12 = {};
    //---------
    // forward
    // def filter_blocks(signal: wp.array[float], result: wp.array[float], seed: wp.int32, scale: float):       <L 9>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(signal, shape=TILE_SIZE, offset=i * TILE_SIZE)                        <L 12>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 64>(var_signal, var_2);
    // rng = wp.rand_init(seed, i)                                                            <L 13>
    var_4 = wp::rand_init(var_seed, var_0);
    // noise = wp.tile_randf(TILE_SIZE, rng, -1.0, 1.0)                                       <L 16>
    var_7 = wp::tile_randf<64>(var_4, var_8, var_9);
    // noisy = t + noise * scale                                                              <L 17>
    var_10 = wp::tile_mul(var_7, var_scale);
    var_11 = wp::tile_add(var_3, var_10);
    // wp.tile_store(result, noisy, offset=i * TILE_SIZE)                                     <L 18>
    var_12 = wp::mul(var_0, var_1);
    // wp::tile_store<wp::float32, true, false>(var_result, var_12, var_11);
    //---------
    // reverse
    wp::adj_tile_store(var_result, var_12, var_11, adj_result, adj_12, adj_11);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_12);
    // adj: wp.tile_store(result, noisy, offset=i * TILE_SIZE)                                <L 18>
    wp::adj_tile_add(var_3, var_10, adj_3, adj_10, adj_11);
    wp::adj_tile_mul(var_7, var_scale, adj_7, adj_scale, adj_10);
    // adj: noisy = t + noise * scale                                                         <L 17>
    // adj: noise = wp.tile_randf(TILE_SIZE, rng, -1.0, 1.0)                                  <L 16>
    // adj: rng = wp.rand_init(seed, i)                                                       <L 13>
    wp::adj_tile_load(var_signal, var_2, adj_signal, adj_2, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: t = wp.tile_load(signal, shape=TILE_SIZE, offset=i * TILE_SIZE)                   <L 12>
    // adj: i = wp.tid()                                                                      <L 11>
    // adj: def filter_blocks(signal: wp.array[float], result: wp.array[float], seed: wp.int32, scale: float):  <L 9>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void filter_blocks_0e088a21_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_filter_blocks_0e088a21 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        filter_blocks_0e088a21_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void filter_blocks_0e088a21_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_filter_blocks_0e088a21 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->signal.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->result.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        filter_blocks_0e088a21_cpu_forward_tasks<true>(dim, _wp_args);
    else
        filter_blocks_0e088a21_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void filter_blocks_0e088a21_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_filter_blocks_0e088a21 *_wp_args)
{
    filter_blocks_0e088a21_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void filter_blocks_0e088a21_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_filter_blocks_0e088a21 *_wp_args,
    wp_args_filter_blocks_0e088a21 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        filter_blocks_0e088a21_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void filter_blocks_0e088a21_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_filter_blocks_0e088a21 *_wp_args,
    wp_args_filter_blocks_0e088a21 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->signal.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->signal.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->result.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->result.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        filter_blocks_0e088a21_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        filter_blocks_0e088a21_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void filter_blocks_0e088a21_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_filter_blocks_0e088a21 *_wp_args,
    wp_args_filter_blocks_0e088a21 *_wp_adj_args)
{
    filter_blocks_0e088a21_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

