// Warp 1.19.0 cpu code for curl_noise_field_4073ed95.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_curl_noise_field_5bb20c5d {
    wp::array_t<wp::vec_t<2, wp::float32>> velocity;
    wp::int32 seed;
    wp::float32 freq;
    wp::int32 octaves;
    wp::float32 amplitude;
};


template <bool wp_linear_contiguous>
static void curl_noise_field_5bb20c5d_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_curl_noise_field_5bb20c5d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity = _wp_args->velocity;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::int32 var_octaves = _wp_args->octaves;
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
    const wp::float32 var_8 = 2.0;
    const wp::float32 var_9 = 0.5;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    //---------
    // forward
    // def curl_noise_field(                                                                  <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 13>
    var_2 = wp::rand_init(var_seed);
    // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * freq, wp.uint32(octaves), 2.0, 0.5)       <L 14>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_6 = wp::mul(var_5, var_freq);
    var_7 = wp::uint32(var_octaves);
    var_10 = wp::curlnoise(var_2, var_6, var_7, var_8, var_9);
    // velocity[i, j] = curl * amplitude                                                      <L 15>
    var_11 = wp::mul(var_10, var_amplitude);
    wp::array_store(var_velocity, var_0, var_1, var_11);
}



template <bool wp_linear_contiguous>
static void curl_noise_field_5bb20c5d_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_curl_noise_field_5bb20c5d *_wp_args,
    wp_args_curl_noise_field_5bb20c5d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity = _wp_args->velocity;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::int32 var_octaves = _wp_args->octaves;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity = _wp_adj_args->velocity;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_freq = _wp_adj_args->freq;
    wp::int32 adj_octaves = _wp_adj_args->octaves;
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
    const wp::float32 var_8 = 2.0;
    const wp::float32 var_9 = 0.5;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
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
    wp::float32 adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    //---------
    // forward
    // def curl_noise_field(                                                                  <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 13>
    var_2 = wp::rand_init(var_seed);
    // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * freq, wp.uint32(octaves), 2.0, 0.5)       <L 14>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_6 = wp::mul(var_5, var_freq);
    var_7 = wp::uint32(var_octaves);
    var_10 = wp::curlnoise(var_2, var_6, var_7, var_8, var_9);
    // velocity[i, j] = curl * amplitude                                                      <L 15>
    var_11 = wp::mul(var_10, var_amplitude);
    // wp::array_store(var_velocity, var_0, var_1, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_velocity, var_0, var_1, var_11, adj_velocity, adj_0, adj_1, adj_11);
    wp::adj_mul(var_10, var_amplitude, adj_10, adj_amplitude, adj_11);
    // adj: velocity[i, j] = curl * amplitude                                                 <L 15>
    wp::adj_curlnoise(var_2, var_6, var_7, var_8, var_9, adj_2, adj_6, adj_7, adj_8, adj_9, adj_10);
    wp::adj_mul(var_5, var_freq, adj_5, adj_freq, adj_6);
    wp::adj_vec_t(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_float(var_1, adj_1, adj_4);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * freq, wp.uint32(octaves), 2.0, 0.5)  <L 14>
    // adj: state = wp.rand_init(seed)                                                        <L 13>
    // adj: i, j = wp.tid()                                                                   <L 12>
    // adj: def curl_noise_field(                                                             <L 5>
    return;
}



struct curl_noise_field_5bb20c5d_cpu_block_payload_forward
{
    wp_args_curl_noise_field_5bb20c5d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void curl_noise_field_5bb20c5d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    curl_noise_field_5bb20c5d_cpu_block_payload_forward* payload = (curl_noise_field_5bb20c5d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    curl_noise_field_5bb20c5d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void curl_noise_field_5bb20c5d_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_noise_field_5bb20c5d *_wp_args)
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
        curl_noise_field_5bb20c5d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &curl_noise_field_5bb20c5d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct curl_noise_field_5bb20c5d_cpu_block_payload_backward
{
    wp_args_curl_noise_field_5bb20c5d* args;
    wp_args_curl_noise_field_5bb20c5d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void curl_noise_field_5bb20c5d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    curl_noise_field_5bb20c5d_cpu_block_payload_backward* payload = (curl_noise_field_5bb20c5d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    curl_noise_field_5bb20c5d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void curl_noise_field_5bb20c5d_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_noise_field_5bb20c5d *_wp_args,
    wp_args_curl_noise_field_5bb20c5d *_wp_adj_args)
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
        curl_noise_field_5bb20c5d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &curl_noise_field_5bb20c5d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

