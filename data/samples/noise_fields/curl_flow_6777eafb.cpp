// Warp 1.19.0 cpu code for curl_flow_6777eafb.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_curl_flow_0aa7b68c {
    wp::int32 seed;
    wp::float32 noise_scale;
    wp::vec_t<2, wp::float32> scroll;
    wp::float32 time;
    wp::float32 noise_amplitude;
    wp::array_t<wp::vec_t<2, wp::float32>> velocity;
};


template <bool wp_linear_contiguous>
static void curl_flow_0aa7b68c_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_curl_flow_0aa7b68c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_noise_scale = _wp_args->noise_scale;
    wp::vec_t<2, wp::float32> var_scroll = _wp_args->scroll;
    wp::float32 var_time = _wp_args->time;
    wp::float32 var_noise_amplitude = _wp_args->noise_amplitude;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity = _wp_args->velocity;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    const wp::int32 var_9 = 6;
    wp::uint32 var_10;
    const wp::float32 var_11 = 2.0;
    const wp::float32 var_12 = 0.5;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    //---------
    // forward
    // def curl_flow(                                                                         <L 5>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 14>
    var_2 = wp::rand_init(var_seed);
    // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * noise_scale + scroll * time, wp.uint32(6), 2.0, 0.5)       <L 15>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_6 = wp::mul(var_5, var_noise_scale);
    var_7 = wp::mul(var_scroll, var_time);
    var_8 = wp::add(var_6, var_7);
    var_10 = wp::uint32(var_9);
    var_13 = wp::curlnoise(var_2, var_8, var_10, var_11, var_12);
    // velocity[i, j] = curl * noise_amplitude                                                <L 16>
    var_14 = wp::mul(var_13, var_noise_amplitude);
    wp::array_store(var_velocity, var_0, var_1, var_14);
}



template <bool wp_linear_contiguous>
static void curl_flow_0aa7b68c_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_curl_flow_0aa7b68c *_wp_args,
    wp_args_curl_flow_0aa7b68c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_noise_scale = _wp_args->noise_scale;
    wp::vec_t<2, wp::float32> var_scroll = _wp_args->scroll;
    wp::float32 var_time = _wp_args->time;
    wp::float32 var_noise_amplitude = _wp_args->noise_amplitude;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity = _wp_args->velocity;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_noise_scale = _wp_adj_args->noise_scale;
    wp::vec_t<2, wp::float32> adj_scroll = _wp_adj_args->scroll;
    wp::float32 adj_time = _wp_adj_args->time;
    wp::float32 adj_noise_amplitude = _wp_adj_args->noise_amplitude;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity = _wp_adj_args->velocity;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    const wp::int32 var_9 = 6;
    wp::uint32 var_10;
    const wp::float32 var_11 = 2.0;
    const wp::float32 var_12 = 0.5;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::uint32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    //---------
    // forward
    // def curl_flow(                                                                         <L 5>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 14>
    var_2 = wp::rand_init(var_seed);
    // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * noise_scale + scroll * time, wp.uint32(6), 2.0, 0.5)       <L 15>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_6 = wp::mul(var_5, var_noise_scale);
    var_7 = wp::mul(var_scroll, var_time);
    var_8 = wp::add(var_6, var_7);
    var_10 = wp::uint32(var_9);
    var_13 = wp::curlnoise(var_2, var_8, var_10, var_11, var_12);
    // velocity[i, j] = curl * noise_amplitude                                                <L 16>
    var_14 = wp::mul(var_13, var_noise_amplitude);
    // wp::array_store(var_velocity, var_0, var_1, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_velocity, var_0, var_1, var_14, adj_velocity, adj_0, adj_1, adj_14);
    wp::adj_mul(var_13, var_noise_amplitude, adj_13, adj_noise_amplitude, adj_14);
    // adj: velocity[i, j] = curl * noise_amplitude                                           <L 16>
    wp::adj_curlnoise(var_2, var_8, var_10, var_11, var_12, adj_2, adj_8, adj_10, adj_11, adj_12, adj_13);
    wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_mul(var_scroll, var_time, adj_scroll, adj_time, adj_7);
    wp::adj_mul(var_5, var_noise_scale, adj_5, adj_noise_scale, adj_6);
    wp::adj_vec_t(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_float(var_1, adj_1, adj_4);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * noise_scale + scroll * time, wp.uint32(6), 2.0, 0.5)  <L 15>
    // adj: state = wp.rand_init(seed)                                                        <L 14>
    // adj: i, j = wp.tid()                                                                   <L 13>
    // adj: def curl_flow(                                                                    <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void curl_flow_0aa7b68c_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_0aa7b68c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        curl_flow_0aa7b68c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void curl_flow_0aa7b68c_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_0aa7b68c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    curl_flow_0aa7b68c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void curl_flow_0aa7b68c_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_0aa7b68c *_wp_args)
{
    curl_flow_0aa7b68c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void curl_flow_0aa7b68c_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_0aa7b68c *_wp_args,
    wp_args_curl_flow_0aa7b68c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        curl_flow_0aa7b68c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void curl_flow_0aa7b68c_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_0aa7b68c *_wp_args,
    wp_args_curl_flow_0aa7b68c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    curl_flow_0aa7b68c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void curl_flow_0aa7b68c_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_0aa7b68c *_wp_args,
    wp_args_curl_flow_0aa7b68c *_wp_adj_args)
{
    curl_flow_0aa7b68c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

