// Warp 1.19.0 cpu code for divergence_free_noise_d64c69ee.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_divergence_free_noise_1c3f9177 {
    wp::array_t<wp::vec_t<2, wp::float32>> wind_field;
    wp::int32 seed;
    wp::float32 freq;
    wp::int32 octaves;
    wp::float32 lacunarity;
    wp::float32 amplitude;
};


template <bool wp_linear_contiguous>
static void divergence_free_noise_1c3f9177_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_divergence_free_noise_1c3f9177 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_wind_field = _wp_args->wind_field;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::int32 var_octaves = _wp_args->octaves;
    wp::float32 var_lacunarity = _wp_args->lacunarity;
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
    wp::uint32 var_7;
    const wp::float32 var_8 = 0.5;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    //---------
    // forward
    // def divergence_free_noise(                                                             <L 5>
    // i, j = wp.tid()                                                                        <L 14>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 15>
    var_2 = wp::rand_init(var_seed);
    // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * freq, wp.uint32(octaves), lacunarity, 0.5)       <L 16>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_6 = wp::mul(var_5, var_freq);
    var_7 = wp::uint32(var_octaves);
    var_9 = wp::curlnoise(var_2, var_6, var_7, var_lacunarity, var_8);
    // wind_field[i, j] = curl * amplitude                                                    <L 17>
    var_10 = wp::mul(var_9, var_amplitude);
    wp::array_store(var_wind_field, var_0, var_1, var_10);
}



template <bool wp_linear_contiguous>
static void divergence_free_noise_1c3f9177_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_divergence_free_noise_1c3f9177 *_wp_args,
    wp_args_divergence_free_noise_1c3f9177 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_wind_field = _wp_args->wind_field;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::int32 var_octaves = _wp_args->octaves;
    wp::float32 var_lacunarity = _wp_args->lacunarity;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_wind_field = _wp_adj_args->wind_field;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_freq = _wp_adj_args->freq;
    wp::int32 adj_octaves = _wp_adj_args->octaves;
    wp::float32 adj_lacunarity = _wp_adj_args->lacunarity;
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
    wp::uint32 var_7;
    const wp::float32 var_8 = 0.5;
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
    // def divergence_free_noise(                                                             <L 5>
    // i, j = wp.tid()                                                                        <L 14>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 15>
    var_2 = wp::rand_init(var_seed);
    // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * freq, wp.uint32(octaves), lacunarity, 0.5)       <L 16>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_6 = wp::mul(var_5, var_freq);
    var_7 = wp::uint32(var_octaves);
    var_9 = wp::curlnoise(var_2, var_6, var_7, var_lacunarity, var_8);
    // wind_field[i, j] = curl * amplitude                                                    <L 17>
    var_10 = wp::mul(var_9, var_amplitude);
    // wp::array_store(var_wind_field, var_0, var_1, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_wind_field, var_0, var_1, var_10, adj_wind_field, adj_0, adj_1, adj_10);
    wp::adj_mul(var_9, var_amplitude, adj_9, adj_amplitude, adj_10);
    // adj: wind_field[i, j] = curl * amplitude                                               <L 17>
    wp::adj_curlnoise(var_2, var_6, var_7, var_lacunarity, var_8, adj_2, adj_6, adj_7, adj_lacunarity, adj_8, adj_9);
    wp::adj_mul(var_5, var_freq, adj_5, adj_freq, adj_6);
    wp::adj_vec_t(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_float(var_1, adj_1, adj_4);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * freq, wp.uint32(octaves), lacunarity, 0.5)  <L 16>
    // adj: state = wp.rand_init(seed)                                                        <L 15>
    // adj: i, j = wp.tid()                                                                   <L 14>
    // adj: def divergence_free_noise(                                                        <L 5>
    return;
}



struct divergence_free_noise_1c3f9177_cpu_block_payload_forward
{
    wp_args_divergence_free_noise_1c3f9177* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void divergence_free_noise_1c3f9177_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    divergence_free_noise_1c3f9177_cpu_block_payload_forward* payload = (divergence_free_noise_1c3f9177_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    divergence_free_noise_1c3f9177_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void divergence_free_noise_1c3f9177_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_divergence_free_noise_1c3f9177 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        divergence_free_noise_1c3f9177_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &divergence_free_noise_1c3f9177_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct divergence_free_noise_1c3f9177_cpu_block_payload_backward
{
    wp_args_divergence_free_noise_1c3f9177* args;
    wp_args_divergence_free_noise_1c3f9177* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void divergence_free_noise_1c3f9177_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    divergence_free_noise_1c3f9177_cpu_block_payload_backward* payload = (divergence_free_noise_1c3f9177_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    divergence_free_noise_1c3f9177_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void divergence_free_noise_1c3f9177_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_divergence_free_noise_1c3f9177 *_wp_args,
    wp_args_divergence_free_noise_1c3f9177 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        divergence_free_noise_1c3f9177_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &divergence_free_noise_1c3f9177_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

