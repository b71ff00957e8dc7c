// Warp 1.19.0 cpu code for curl_flow_91ebdd3c.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_curl_flow_84a2e0ef {
    wp::int32 rng_seed;
    wp::float32 noise_scale;
    wp::int32 num_octaves;
    wp::float32 persistence;
    wp::float32 strength;
    wp::array_t<wp::vec_t<2, wp::float32>> velocity;
};


template <bool wp_linear_contiguous>
static void curl_flow_84a2e0ef_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_curl_flow_84a2e0ef *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_noise_scale = _wp_args->noise_scale;
    wp::int32 var_num_octaves = _wp_args->num_octaves;
    wp::float32 var_persistence = _wp_args->persistence;
    wp::float32 var_strength = _wp_args->strength;
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
    wp::uint32 var_7;
    const wp::float32 var_8 = 2.0;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    //---------
    // forward
    // def curl_flow(                                                                         <L 5>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(rng_seed)                                                         <L 14>
    var_2 = wp::rand_init(var_rng_seed);
    // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * noise_scale, wp.uint32(num_octaves), 2.0, persistence)       <L 15>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_6 = wp::mul(var_5, var_noise_scale);
    var_7 = wp::uint32(var_num_octaves);
    var_9 = wp::curlnoise(var_2, var_6, var_7, var_8, var_persistence);
    // velocity[i, j] = curl * strength                                                       <L 16>
    var_10 = wp::mul(var_9, var_strength);
    wp::array_store(var_velocity, var_0, var_1, var_10);
}



template <bool wp_linear_contiguous>
static void curl_flow_84a2e0ef_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_curl_flow_84a2e0ef *_wp_args,
    wp_args_curl_flow_84a2e0ef *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_noise_scale = _wp_args->noise_scale;
    wp::int32 var_num_octaves = _wp_args->num_octaves;
    wp::float32 var_persistence = _wp_args->persistence;
    wp::float32 var_strength = _wp_args->strength;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity = _wp_args->velocity;
    wp::int32 adj_rng_seed = _wp_adj_args->rng_seed;
    wp::float32 adj_noise_scale = _wp_adj_args->noise_scale;
    wp::int32 adj_num_octaves = _wp_adj_args->num_octaves;
    wp::float32 adj_persistence = _wp_adj_args->persistence;
    wp::float32 adj_strength = _wp_adj_args->strength;
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
    wp::uint32 var_7;
    const wp::float32 var_8 = 2.0;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::uint32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    //---------
    // forward
    // def curl_flow(                                                                         <L 5>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(rng_seed)                                                         <L 14>
    var_2 = wp::rand_init(var_rng_seed);
    // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * noise_scale, wp.uint32(num_octaves), 2.0, persistence)       <L 15>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_6 = wp::mul(var_5, var_noise_scale);
    var_7 = wp::uint32(var_num_octaves);
    var_9 = wp::curlnoise(var_2, var_6, var_7, var_8, var_persistence);
    // velocity[i, j] = curl * strength                                                       <L 16>
    var_10 = wp::mul(var_9, var_strength);
    // wp::array_store(var_velocity, var_0, var_1, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_velocity, var_0, var_1, var_10, adj_velocity, adj_0, adj_1, adj_10);
    wp::adj_mul(var_9, var_strength, adj_9, adj_strength, adj_10);
    // adj: velocity[i, j] = curl * strength                                                  <L 16>
    wp::adj_curlnoise(var_2, var_6, var_7, var_8, var_persistence, adj_2, adj_6, adj_7, adj_8, adj_persistence, adj_9);
    wp::adj_mul(var_5, var_noise_scale, adj_5, adj_noise_scale, adj_6);
    wp::adj_vec_t(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_float(var_1, adj_1, adj_4);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * noise_scale, wp.uint32(num_octaves), 2.0, persistence)  <L 15>
    // adj: state = wp.rand_init(rng_seed)                                                    <L 14>
    // adj: i, j = wp.tid()                                                                   <L 13>
    // adj: def curl_flow(                                                                    <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void curl_flow_84a2e0ef_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_84a2e0ef *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        curl_flow_84a2e0ef_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void curl_flow_84a2e0ef_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_84a2e0ef *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    curl_flow_84a2e0ef_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void curl_flow_84a2e0ef_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_84a2e0ef *_wp_args)
{
    curl_flow_84a2e0ef_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void curl_flow_84a2e0ef_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_84a2e0ef *_wp_args,
    wp_args_curl_flow_84a2e0ef *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        curl_flow_84a2e0ef_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void curl_flow_84a2e0ef_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_84a2e0ef *_wp_args,
    wp_args_curl_flow_84a2e0ef *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    curl_flow_84a2e0ef_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void curl_flow_84a2e0ef_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_84a2e0ef *_wp_args,
    wp_args_curl_flow_84a2e0ef *_wp_adj_args)
{
    curl_flow_84a2e0ef_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

