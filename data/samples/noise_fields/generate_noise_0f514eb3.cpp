// Warp 1.19.0 cpu code for generate_noise_0f514eb3.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_generate_noise_afc033e1 {
    wp::int32 seed;
    wp::float32 freq;
    wp::array_t<wp::float32> texture;
};


template <bool wp_linear_contiguous>
static void generate_noise_afc033e1_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_generate_noise_afc033e1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::array_t<wp::float32> var_texture = _wp_args->texture;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32> var_5;
    const wp::float32 var_6 = 0.5;
    const wp::float32 var_7 = 0.5;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    const wp::float32 var_11 = 0.5;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.5;
    wp::float32 var_15;
    //---------
    // forward
    // def generate_noise(seed: int, freq: float, texture: wp.array2d[float]):                <L 5>
    // i, j = wp.tid()                                                                        <L 7>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 8>
    var_2 = wp::rand_init(var_seed);
    // p = (wp.vec2(float(i), float(j)) + wp.vec2(0.5, 0.5)) * freq                           <L 9>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
    var_9 = wp::add(var_5, var_8);
    var_10 = wp::mul(var_9, var_freq);
    // texture[i, j] = 0.5 * wp.noise(state, p) + 0.5                                         <L 10>
    var_12 = wp::noise(var_2, var_10);
    var_13 = wp::mul(var_11, var_12);
    var_15 = wp::add(var_13, var_14);
    wp::array_store(var_texture, var_0, var_1, var_15);
}



template <bool wp_linear_contiguous>
static void generate_noise_afc033e1_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_generate_noise_afc033e1 *_wp_args,
    wp_args_generate_noise_afc033e1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::array_t<wp::float32> var_texture = _wp_args->texture;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_freq = _wp_adj_args->freq;
    wp::array_t<wp::float32> adj_texture = _wp_adj_args->texture;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32> var_5;
    const wp::float32 var_6 = 0.5;
    const wp::float32 var_7 = 0.5;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    const wp::float32 var_11 = 0.5;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.5;
    wp::float32 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    //---------
    // forward
    // def generate_noise(seed: int, freq: float, texture: wp.array2d[float]):                <L 5>
    // i, j = wp.tid()                                                                        <L 7>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 8>
    var_2 = wp::rand_init(var_seed);
    // p = (wp.vec2(float(i), float(j)) + wp.vec2(0.5, 0.5)) * freq                           <L 9>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
    var_9 = wp::add(var_5, var_8);
    var_10 = wp::mul(var_9, var_freq);
    // texture[i, j] = 0.5 * wp.noise(state, p) + 0.5                                         <L 10>
    var_12 = wp::noise(var_2, var_10);
    var_13 = wp::mul(var_11, var_12);
    var_15 = wp::add(var_13, var_14);
    // wp::array_store(var_texture, var_0, var_1, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_texture, var_0, var_1, var_15, adj_texture, adj_0, adj_1, adj_15);
    wp::adj_add(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_noise(var_2, var_10, adj_2, adj_10, adj_12);
    // adj: texture[i, j] = 0.5 * wp.noise(state, p) + 0.5                                    <L 10>
    wp::adj_mul(var_9, var_freq, adj_9, adj_freq, adj_10);
    wp::adj_add(var_5, var_8, adj_5, adj_8, adj_9);
    wp::adj_vec_t(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_vec_t(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_float(var_1, adj_1, adj_4);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: p = (wp.vec2(float(i), float(j)) + wp.vec2(0.5, 0.5)) * freq                      <L 9>
    // adj: state = wp.rand_init(seed)                                                        <L 8>
    // adj: i, j = wp.tid()                                                                   <L 7>
    // adj: def generate_noise(seed: int, freq: float, texture: wp.array2d[float]):           <L 5>
    return;
}



struct generate_noise_afc033e1_cpu_block_payload_forward
{
    wp_args_generate_noise_afc033e1* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void generate_noise_afc033e1_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    generate_noise_afc033e1_cpu_block_payload_forward* payload = (generate_noise_afc033e1_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    generate_noise_afc033e1_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void generate_noise_afc033e1_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_generate_noise_afc033e1 *_wp_args)
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
        generate_noise_afc033e1_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &generate_noise_afc033e1_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct generate_noise_afc033e1_cpu_block_payload_backward
{
    wp_args_generate_noise_afc033e1* args;
    wp_args_generate_noise_afc033e1* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void generate_noise_afc033e1_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    generate_noise_afc033e1_cpu_block_payload_backward* payload = (generate_noise_afc033e1_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    generate_noise_afc033e1_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void generate_noise_afc033e1_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_generate_noise_afc033e1 *_wp_args,
    wp_args_generate_noise_afc033e1 *_wp_adj_args)
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
        generate_noise_afc033e1_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &generate_noise_afc033e1_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

