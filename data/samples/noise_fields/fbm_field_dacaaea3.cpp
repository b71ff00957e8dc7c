// Warp 1.19.0 cpu code for fbm_field_dacaaea3.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_fbm_field_56e42a46 {
    wp::int32 seed;
    wp::float32 frequency;
    wp::array_t<wp::float32> field;
};


template <bool wp_linear_contiguous>
static void fbm_field_56e42a46_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_fbm_field_56e42a46 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::array_t<wp::float32> var_field = _wp_args->field;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = -1.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.1;
    wp::vec_t<2, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    //---------
    // forward
    // def fbm_field(seed: int, frequency: float, field: wp.array2d(dtype=float)):            <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 7>
    var_2 = wp::rand_init(var_seed);
    // fx = float(i) * frequency                                                              <L 8>
    var_3 = wp::float(var_0);
    var_4 = wp::mul(var_3, var_frequency);
    // fy = float(j) * frequency                                                              <L 9>
    var_5 = wp::float(var_1);
    var_6 = wp::mul(var_5, var_frequency);
    // n_2 = wp.noise(state, wp.vec2(fy, fx))                                                 <L 10>
    var_7 = wp::vec_t<2, wp::float32>(var_6, var_4);
    var_8 = wp::noise(var_2, var_7);
    // xi = wp.randf(state, -1.0, 1.0)                                                        <L 11>
    var_11 = wp::randf(var_2, var_9, var_10);
    // ray_dir = wp.sample_unit_hemisphere(state)                                             <L 12>
    var_12 = wp::sample_unit_hemisphere(var_2);
    // scatter = wp.sample_unit_hemisphere(state)                                             <L 13>
    var_13 = wp::sample_unit_hemisphere(var_2);
    // field[i, j] = (n_2 + xi + wp.length(ray_dir) + wp.length(scatter)) + 0.1 * wp.noise(state, wp.vec2(fx, fy))       <L 14>
    var_14 = wp::add(var_8, var_11);
    var_15 = wp::length(var_12);
    var_16 = wp::add(var_14, var_15);
    var_17 = wp::length(var_13);
    var_18 = wp::add(var_16, var_17);
    var_20 = wp::vec_t<2, wp::float32>(var_4, var_6);
    var_21 = wp::noise(var_2, var_20);
    var_22 = wp::mul(var_19, var_21);
    var_23 = wp::add(var_18, var_22);
    wp::array_store(var_field, var_0, var_1, var_23);
}



template <bool wp_linear_contiguous>
static void fbm_field_56e42a46_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_fbm_field_56e42a46 *_wp_args,
    wp_args_fbm_field_56e42a46 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_frequency = _wp_adj_args->frequency;
    wp::array_t<wp::float32> adj_field = _wp_adj_args->field;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = -1.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.1;
    wp::vec_t<2, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    //---------
    // forward
    // def fbm_field(seed: int, frequency: float, field: wp.array2d(dtype=float)):            <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 7>
    var_2 = wp::rand_init(var_seed);
    // fx = float(i) * frequency                                                              <L 8>
    var_3 = wp::float(var_0);
    var_4 = wp::mul(var_3, var_frequency);
    // fy = float(j) * frequency                                                              <L 9>
    var_5 = wp::float(var_1);
    var_6 = wp::mul(var_5, var_frequency);
    // n_2 = wp.noise(state, wp.vec2(fy, fx))                                                 <L 10>
    var_7 = wp::vec_t<2, wp::float32>(var_6, var_4);
    var_8 = wp::noise(var_2, var_7);
    // xi = wp.randf(state, -1.0, 1.0)                                                        <L 11>
    var_11 = wp::randf(var_2, var_9, var_10);
    // ray_dir = wp.sample_unit_hemisphere(state)                                             <L 12>
    var_12 = wp::sample_unit_hemisphere(var_2);
    // scatter = wp.sample_unit_hemisphere(state)                                             <L 13>
    var_13 = wp::sample_unit_hemisphere(var_2);
    // field[i, j] = (n_2 + xi + wp.length(ray_dir) + wp.length(scatter)) + 0.1 * wp.noise(state, wp.vec2(fx, fy))       <L 14>
    var_14 = wp::add(var_8, var_11);
    var_15 = wp::length(var_12);
    var_16 = wp::add(var_14, var_15);
    var_17 = wp::length(var_13);
    var_18 = wp::add(var_16, var_17);
    var_20 = wp::vec_t<2, wp::float32>(var_4, var_6);
    var_21 = wp::noise(var_2, var_20);
    var_22 = wp::mul(var_19, var_21);
    var_23 = wp::add(var_18, var_22);
    // wp::array_store(var_field, var_0, var_1, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_field, var_0, var_1, var_23, adj_field, adj_0, adj_1, adj_23);
    wp::adj_add(var_18, var_22, adj_18, adj_22, adj_23);
    wp::adj_mul(var_19, var_21, adj_19, adj_21, adj_22);
    wp::adj_noise(var_2, var_20, adj_2, adj_20, adj_21);
    wp::adj_vec_t(var_4, var_6, adj_4, adj_6, adj_20);
    wp::adj_add(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_length(var_13, var_17, adj_13, adj_17);
    wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_length(var_12, var_15, adj_12, adj_15);
    wp::adj_add(var_8, var_11, adj_8, adj_11, adj_14);
    // adj: field[i, j] = (n_2 + xi + wp.length(ray_dir) + wp.length(scatter)) + 0.1 * wp.noise(state, wp.vec2(fx, fy))  <L 14>
    // adj: scatter = wp.sample_unit_hemisphere(state)                                        <L 13>
    // adj: ray_dir = wp.sample_unit_hemisphere(state)                                        <L 12>
    // adj: xi = wp.randf(state, -1.0, 1.0)                                                   <L 11>
    wp::adj_noise(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_vec_t(var_6, var_4, adj_6, adj_4, adj_7);
    // adj: n_2 = wp.noise(state, wp.vec2(fy, fx))                                            <L 10>
    wp::adj_mul(var_5, var_frequency, adj_5, adj_frequency, adj_6);
    wp::adj_float(var_1, adj_1, adj_5);
    // adj: fy = float(j) * frequency                                                         <L 9>
    wp::adj_mul(var_3, var_frequency, adj_3, adj_frequency, adj_4);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: fx = float(i) * frequency                                                         <L 8>
    // adj: state = wp.rand_init(seed)                                                        <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def fbm_field(seed: int, frequency: float, field: wp.array2d(dtype=float)):       <L 5>
    return;
}



struct fbm_field_56e42a46_cpu_block_payload_forward
{
    wp_args_fbm_field_56e42a46* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void fbm_field_56e42a46_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    fbm_field_56e42a46_cpu_block_payload_forward* payload = (fbm_field_56e42a46_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    fbm_field_56e42a46_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void fbm_field_56e42a46_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_fbm_field_56e42a46 *_wp_args)
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
        fbm_field_56e42a46_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &fbm_field_56e42a46_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct fbm_field_56e42a46_cpu_block_payload_backward
{
    wp_args_fbm_field_56e42a46* args;
    wp_args_fbm_field_56e42a46* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void fbm_field_56e42a46_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    fbm_field_56e42a46_cpu_block_payload_backward* payload = (fbm_field_56e42a46_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    fbm_field_56e42a46_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void fbm_field_56e42a46_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_fbm_field_56e42a46 *_wp_args,
    wp_args_fbm_field_56e42a46 *_wp_adj_args)
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
        fbm_field_56e42a46_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &fbm_field_56e42a46_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

