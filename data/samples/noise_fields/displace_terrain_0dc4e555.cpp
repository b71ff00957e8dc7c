// Warp 1.19.0 cpu code for displace_terrain_0dc4e555.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_displace_terrain_a530eebe {
    wp::array_t<wp::float32> terrain;
    wp::int32 seed;
    wp::float32 frequency;
    wp::float32 noise_amplitude;
};


template <bool wp_linear_contiguous>
static void displace_terrain_a530eebe_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_displace_terrain_a530eebe *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_terrain = _wp_args->terrain;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::float32 var_noise_amplitude = _wp_args->noise_amplitude;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def displace_terrain(                                                                  <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 12>
    var_2 = wp::rand_init(var_seed);
    // terrain[i, j] = terrain[i, j] + noise_amplitude * wp.noise(state, wp.vec2(float(i), float(j)) * frequency)       <L 13>
    var_3 = wp::address(var_terrain, var_0, var_1);
    var_4 = wp::float(var_0);
    var_5 = wp::float(var_1);
    var_6 = wp::vec_t<2, wp::float32>(var_4, var_5);
    var_7 = wp::mul(var_6, var_frequency);
    var_8 = wp::noise(var_2, var_7);
    var_9 = wp::mul(var_noise_amplitude, var_8);
    var_11 = wp::load(var_3);
    var_10 = wp::add(var_11, var_9);
    wp::array_store(var_terrain, var_0, var_1, var_10);
}



template <bool wp_linear_contiguous>
static void displace_terrain_a530eebe_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_displace_terrain_a530eebe *_wp_args,
    wp_args_displace_terrain_a530eebe *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_terrain = _wp_args->terrain;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::float32 var_noise_amplitude = _wp_args->noise_amplitude;
    wp::array_t<wp::float32> adj_terrain = _wp_adj_args->terrain;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_frequency = _wp_adj_args->frequency;
    wp::float32 adj_noise_amplitude = _wp_adj_args->noise_amplitude;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    //---------
    // forward
    // def displace_terrain(                                                                  <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 12>
    var_2 = wp::rand_init(var_seed);
    // terrain[i, j] = terrain[i, j] + noise_amplitude * wp.noise(state, wp.vec2(float(i), float(j)) * frequency)       <L 13>
    var_3 = wp::address(var_terrain, var_0, var_1);
    var_4 = wp::float(var_0);
    var_5 = wp::float(var_1);
    var_6 = wp::vec_t<2, wp::float32>(var_4, var_5);
    var_7 = wp::mul(var_6, var_frequency);
    var_8 = wp::noise(var_2, var_7);
    var_9 = wp::mul(var_noise_amplitude, var_8);
    var_11 = wp::load(var_3);
    var_10 = wp::add(var_11, var_9);
    // wp::array_store(var_terrain, var_0, var_1, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_terrain, var_0, var_1, var_10, adj_terrain, adj_0, adj_1, adj_10);
    wp::adj_add(var_11, var_9, adj_3, adj_9, adj_10);
    wp::adj_mul(var_noise_amplitude, var_8, adj_noise_amplitude, adj_8, adj_9);
    wp::adj_noise(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_mul(var_6, var_frequency, adj_6, adj_frequency, adj_7);
    wp::adj_vec_t(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_float(var_1, adj_1, adj_5);
    wp::adj_float(var_0, adj_0, adj_4);
    wp::adj_address(var_terrain, var_0, var_1, adj_terrain, adj_0, adj_1, adj_3);
    // adj: terrain[i, j] = terrain[i, j] + noise_amplitude * wp.noise(state, wp.vec2(float(i), float(j)) * frequency)  <L 13>
    // adj: state = wp.rand_init(seed)                                                        <L 12>
    // adj: i, j = wp.tid()                                                                   <L 11>
    // adj: def displace_terrain(                                                             <L 5>
    return;
}



struct displace_terrain_a530eebe_cpu_block_payload_forward
{
    wp_args_displace_terrain_a530eebe* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void displace_terrain_a530eebe_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    displace_terrain_a530eebe_cpu_block_payload_forward* payload = (displace_terrain_a530eebe_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    displace_terrain_a530eebe_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void displace_terrain_a530eebe_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_displace_terrain_a530eebe *_wp_args)
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
        displace_terrain_a530eebe_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &displace_terrain_a530eebe_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct displace_terrain_a530eebe_cpu_block_payload_backward
{
    wp_args_displace_terrain_a530eebe* args;
    wp_args_displace_terrain_a530eebe* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void displace_terrain_a530eebe_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    displace_terrain_a530eebe_cpu_block_payload_backward* payload = (displace_terrain_a530eebe_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    displace_terrain_a530eebe_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void displace_terrain_a530eebe_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_displace_terrain_a530eebe *_wp_args,
    wp_args_displace_terrain_a530eebe *_wp_adj_args)
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
        displace_terrain_a530eebe_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &displace_terrain_a530eebe_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

