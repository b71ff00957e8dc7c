// Warp 1.19.0 cpu code for jittered_density_c7d4bc67.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_jittered_density_2c36b510 {
    wp::array_t<wp::int32> mask;
    wp::int32 seed;
    wp::float32 frequency;
    wp::vec_t<2, wp::float32> scroll;
    wp::float32 t;
};


template <bool wp_linear_contiguous>
static void jittered_density_2c36b510_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_jittered_density_2c36b510 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_mask = _wp_args->mask;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::vec_t<2, wp::float32> var_scroll = _wp_args->scroll;
    wp::float32 var_t = _wp_args->t;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::uint32 var_8;
    const wp::float32 var_9 = 0.5;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    bool var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = 0;
    //---------
    // forward
    // def jittered_density(mask: wp.array2d[int], seed: int, frequency: float, scroll: wp.vec2, t: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // width = mask.shape[0]                                                                  <L 7>
    var_2 = &(var_mask.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // state = wp.rand_init(seed, j * width + i)                                              <L 8>
    var_6 = wp::mul(var_1, var_4);
    var_7 = wp::add(var_6, var_0);
    var_8 = wp::rand_init(var_seed, var_7);
    // probability = wp.clamp(0.5 * (wp.noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * t) + 1.0), 0.0, 1.0)       <L 11>
    var_10 = wp::float(var_0);
    var_11 = wp::float(var_1);
    var_12 = wp::vec_t<2, wp::float32>(var_10, var_11);
    var_13 = wp::mul(var_12, var_frequency);
    var_14 = wp::mul(var_scroll, var_t);
    var_15 = wp::add(var_13, var_14);
    var_16 = wp::noise(var_8, var_15);
    var_18 = wp::add(var_16, var_17);
    var_19 = wp::mul(var_9, var_18);
    var_22 = wp::clamp(var_19, var_20, var_21);
    // if wp.randf(state) < probability:                                                      <L 12>
    var_23 = wp::randf(var_8);
    var_24 = (var_23 < var_22);
    if (var_24) {
        // mask[i, j] = 1                                                                     <L 13>
        wp::array_store(var_mask, var_0, var_1, var_25);
    }
    if (!var_24) {
        // mask[i, j] = 0                                                                     <L 15>
        wp::array_store(var_mask, var_0, var_1, var_26);
    }
}



template <bool wp_linear_contiguous>
static void jittered_density_2c36b510_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_jittered_density_2c36b510 *_wp_args,
    wp_args_jittered_density_2c36b510 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_mask = _wp_args->mask;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::vec_t<2, wp::float32> var_scroll = _wp_args->scroll;
    wp::float32 var_t = _wp_args->t;
    wp::array_t<wp::int32> adj_mask = _wp_adj_args->mask;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_frequency = _wp_adj_args->frequency;
    wp::vec_t<2, wp::float32> adj_scroll = _wp_adj_args->scroll;
    wp::float32 adj_t = _wp_adj_args->t;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::uint32 var_8;
    const wp::float32 var_9 = 0.5;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    bool var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::uint32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    //---------
    // forward
    // def jittered_density(mask: wp.array2d[int], seed: int, frequency: float, scroll: wp.vec2, t: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // width = mask.shape[0]                                                                  <L 7>
    var_2 = &(var_mask.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // state = wp.rand_init(seed, j * width + i)                                              <L 8>
    var_6 = wp::mul(var_1, var_4);
    var_7 = wp::add(var_6, var_0);
    var_8 = wp::rand_init(var_seed, var_7);
    // probability = wp.clamp(0.5 * (wp.noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * t) + 1.0), 0.0, 1.0)       <L 11>
    var_10 = wp::float(var_0);
    var_11 = wp::float(var_1);
    var_12 = wp::vec_t<2, wp::float32>(var_10, var_11);
    var_13 = wp::mul(var_12, var_frequency);
    var_14 = wp::mul(var_scroll, var_t);
    var_15 = wp::add(var_13, var_14);
    var_16 = wp::noise(var_8, var_15);
    var_18 = wp::add(var_16, var_17);
    var_19 = wp::mul(var_9, var_18);
    var_22 = wp::clamp(var_19, var_20, var_21);
    // if wp.randf(state) < probability:                                                      <L 12>
    var_23 = wp::randf(var_8);
    var_24 = (var_23 < var_22);
    if (var_24) {
        // mask[i, j] = 1                                                                     <L 13>
        // wp::array_store(var_mask, var_0, var_1, var_25);
    }
    if (!var_24) {
        // mask[i, j] = 0                                                                     <L 15>
        // wp::array_store(var_mask, var_0, var_1, var_26);
    }
    //---------
    // reverse
    if (!var_24) {
        wp::adj_array_store(var_mask, var_0, var_1, var_26, adj_mask, adj_0, adj_1, adj_26);
        // adj: mask[i, j] = 0                                                                <L 15>
    }
    if (var_24) {
        wp::adj_array_store(var_mask, var_0, var_1, var_25, adj_mask, adj_0, adj_1, adj_25);
        // adj: mask[i, j] = 1                                                                <L 13>
    }
    // adj: if wp.randf(state) < probability:                                                 <L 12>
    wp::adj_clamp(var_19, var_20, var_21, adj_19, adj_20, adj_21, adj_22);
    wp::adj_mul(var_9, var_18, adj_9, adj_18, adj_19);
    wp::adj_add(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_noise(var_8, var_15, adj_8, adj_15, adj_16);
    wp::adj_add(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_mul(var_scroll, var_t, adj_scroll, adj_t, adj_14);
    wp::adj_mul(var_12, var_frequency, adj_12, adj_frequency, adj_13);
    wp::adj_vec_t(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_float(var_1, adj_1, adj_11);
    wp::adj_float(var_0, adj_0, adj_10);
    // adj: probability = wp.clamp(0.5 * (wp.noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * t) + 1.0), 0.0, 1.0)  <L 11>
    wp::adj_add(var_6, var_0, adj_6, adj_0, adj_7);
    wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_6);
    // adj: state = wp.rand_init(seed, j * width + i)                                         <L 8>
    adj_mask.shape = adj_2;
    // adj: width = mask.shape[0]                                                             <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def jittered_density(mask: wp.array2d[int], seed: int, frequency: float, scroll: wp.vec2, t: float):  <L 5>
    return;
}



struct jittered_density_2c36b510_cpu_block_payload_forward
{
    wp_args_jittered_density_2c36b510* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void jittered_density_2c36b510_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    jittered_density_2c36b510_cpu_block_payload_forward* payload = (jittered_density_2c36b510_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    jittered_density_2c36b510_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void jittered_density_2c36b510_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_jittered_density_2c36b510 *_wp_args)
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
        jittered_density_2c36b510_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &jittered_density_2c36b510_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct jittered_density_2c36b510_cpu_block_payload_backward
{
    wp_args_jittered_density_2c36b510* args;
    wp_args_jittered_density_2c36b510* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void jittered_density_2c36b510_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    jittered_density_2c36b510_cpu_block_payload_backward* payload = (jittered_density_2c36b510_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    jittered_density_2c36b510_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void jittered_density_2c36b510_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_jittered_density_2c36b510 *_wp_args,
    wp_args_jittered_density_2c36b510 *_wp_adj_args)
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
        jittered_density_2c36b510_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &jittered_density_2c36b510_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

