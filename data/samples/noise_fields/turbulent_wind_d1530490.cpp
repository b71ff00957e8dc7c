// Warp 1.19.0 cpu code for turbulent_wind_d1530490.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_turbulent_wind_75f10581 {
    wp::array_t<wp::vec_t<2, wp::float32>> flow;
    wp::int32 seed;
    wp::float32 frequency;
    wp::float32 amplitude;
};


template <bool wp_linear_contiguous>
static void turbulent_wind_75f10581_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_turbulent_wind_75f10581 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_flow = _wp_args->flow;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::float32 var_amplitude = _wp_args->amplitude;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    const wp::int32 var_7 = 4;
    wp::uint32 var_8;
    const wp::float32 var_9 = 2.0;
    const wp::float32 var_10 = 0.5;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    //---------
    // forward
    // def turbulent_wind(flow: wp.array2d(dtype=wp.vec2), seed: int, frequency: float, amplitude: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 7>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 8>
    var_2 = wp::rand_init(var_seed);
    // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * frequency, wp.uint32(4), 2.0, 0.5)       <L 9>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_6 = wp::mul(var_5, var_frequency);
    var_8 = wp::uint32(var_7);
    var_11 = wp::curlnoise(var_2, var_6, var_8, var_9, var_10);
    // flow[i, j] = curl * amplitude                                                          <L 10>
    var_12 = wp::mul(var_11, var_amplitude);
    wp::array_store(var_flow, var_0, var_1, var_12);
}



template <bool wp_linear_contiguous>
static void turbulent_wind_75f10581_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_turbulent_wind_75f10581 *_wp_args,
    wp_args_turbulent_wind_75f10581 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_flow = _wp_args->flow;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_flow = _wp_adj_args->flow;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_frequency = _wp_adj_args->frequency;
    wp::float32 adj_amplitude = _wp_adj_args->amplitude;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    const wp::int32 var_7 = 4;
    wp::uint32 var_8;
    const wp::float32 var_9 = 2.0;
    const wp::float32 var_10 = 0.5;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::uint32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    //---------
    // forward
    // def turbulent_wind(flow: wp.array2d(dtype=wp.vec2), seed: int, frequency: float, amplitude: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 7>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 8>
    var_2 = wp::rand_init(var_seed);
    // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * frequency, wp.uint32(4), 2.0, 0.5)       <L 9>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_6 = wp::mul(var_5, var_frequency);
    var_8 = wp::uint32(var_7);
    var_11 = wp::curlnoise(var_2, var_6, var_8, var_9, var_10);
    // flow[i, j] = curl * amplitude                                                          <L 10>
    var_12 = wp::mul(var_11, var_amplitude);
    // wp::array_store(var_flow, var_0, var_1, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_flow, var_0, var_1, var_12, adj_flow, adj_0, adj_1, adj_12);
    wp::adj_mul(var_11, var_amplitude, adj_11, adj_amplitude, adj_12);
    // adj: flow[i, j] = curl * amplitude                                                     <L 10>
    wp::adj_curlnoise(var_2, var_6, var_8, var_9, var_10, adj_2, adj_6, adj_8, adj_9, adj_10, adj_11);
    wp::adj_mul(var_5, var_frequency, adj_5, adj_frequency, adj_6);
    wp::adj_vec_t(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_float(var_1, adj_1, adj_4);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * frequency, wp.uint32(4), 2.0, 0.5)  <L 9>
    // adj: state = wp.rand_init(seed)                                                        <L 8>
    // adj: i, j = wp.tid()                                                                   <L 7>
    // adj: def turbulent_wind(flow: wp.array2d(dtype=wp.vec2), seed: int, frequency: float, amplitude: float):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void turbulent_wind_75f10581_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_turbulent_wind_75f10581 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        turbulent_wind_75f10581_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void turbulent_wind_75f10581_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_turbulent_wind_75f10581 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    turbulent_wind_75f10581_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void turbulent_wind_75f10581_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_turbulent_wind_75f10581 *_wp_args)
{
    turbulent_wind_75f10581_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void turbulent_wind_75f10581_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_turbulent_wind_75f10581 *_wp_args,
    wp_args_turbulent_wind_75f10581 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        turbulent_wind_75f10581_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void turbulent_wind_75f10581_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_turbulent_wind_75f10581 *_wp_args,
    wp_args_turbulent_wind_75f10581 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    turbulent_wind_75f10581_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void turbulent_wind_75f10581_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_turbulent_wind_75f10581 *_wp_args,
    wp_args_turbulent_wind_75f10581 *_wp_adj_args)
{
    turbulent_wind_75f10581_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

