// Warp 1.19.0 cpu code for place_instances_7a858a32.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// place_instances.py:4
static wp::vec_t<2, wp::float32> grid_coord_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::float32 var_freq)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    //---------
    // forward
    // def grid_coord(i: wp.int32, j: wp.int32, freq: float):                                 <L 5>
    // return wp.vec2(float(i), float(j)) * freq                                              <L 6>
    var_0 = wp::float(var_i);
    var_1 = wp::float(var_j);
    var_2 = wp::vec_t<2, wp::float32>(var_0, var_1);
    var_3 = wp::mul(var_2, var_freq);
    return var_3;
}


// place_instances.py:4
static void adj_grid_coord_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::float32 var_freq,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::float32 & adj_freq,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    //---------
    // forward
    // def grid_coord(i: wp.int32, j: wp.int32, freq: float):                                 <L 5>
    // return wp.vec2(float(i), float(j)) * freq                                              <L 6>
    var_0 = wp::float(var_i);
    var_1 = wp::float(var_j);
    var_2 = wp::vec_t<2, wp::float32>(var_0, var_1);
    var_3 = wp::mul(var_2, var_freq);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_mul(var_2, var_freq, adj_2, adj_freq, adj_3);
    wp::adj_vec_t(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_float(var_j, adj_j, adj_1);
    wp::adj_float(var_i, adj_i, adj_0);
    // adj: return wp.vec2(float(i), float(j)) * freq                                         <L 6>
    // adj: def grid_coord(i: wp.int32, j: wp.int32, freq: float):                            <L 5>
    return;
}

struct wp_args_place_instances_e7f17b32 {
    wp::array_t<wp::float32> noise_scale;
    wp::int32 rng_seed;
    wp::array_t<wp::int32> mask;
};


template <bool wp_linear_contiguous>
static void place_instances_e7f17b32_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_place_instances_e7f17b32 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_noise_scale = _wp_args->noise_scale;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::array_t<wp::int32> var_mask = _wp_args->mask;
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
    const wp::int32 var_9 = 0;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.5;
    wp::vec_t<2, wp::float32> var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 1.0;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    const wp::int32 var_24 = 1;
    const wp::int32 var_25 = 0;
    //---------
    // forward
    // def place_instances(                                                                   <L 10>
    // i, j = wp.tid()                                                                        <L 15>
    builtin_tid2d(var_0, var_1);
    // width = mask.shape[0]                                                                  <L 16>
    var_2 = &(var_mask.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // state = wp.rand_init(rng_seed, j * width + i)                                          <L 17>
    var_6 = wp::mul(var_1, var_4);
    var_7 = wp::add(var_6, var_0);
    var_8 = wp::rand_init(var_rng_seed, var_7);
    // freq = noise_scale[0]                                                                  <L 18>
    var_10 = wp::address(var_noise_scale, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // probability = wp.clamp(0.5 * (wp.noise(state, grid_coord(i, j, freq)) + 1.0), 0.0, 1.0)       <L 20>
    var_14 = grid_coord_0(var_0, var_1, var_11);
    var_15 = wp::noise(var_8, var_14);
    var_17 = wp::add(var_15, var_16);
    var_18 = wp::mul(var_13, var_17);
    var_21 = wp::clamp(var_18, var_19, var_20);
    // if wp.randf(state) < probability:                                                      <L 21>
    var_22 = wp::randf(var_8);
    var_23 = (var_22 < var_21);
    if (var_23) {
        // mask[i, j] = 1                                                                     <L 22>
        wp::array_store(var_mask, var_0, var_1, var_24);
    }
    if (!var_23) {
        // mask[i, j] = 0                                                                     <L 24>
        wp::array_store(var_mask, var_0, var_1, var_25);
    }
}



template <bool wp_linear_contiguous>
static void place_instances_e7f17b32_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_place_instances_e7f17b32 *_wp_args,
    wp_args_place_instances_e7f17b32 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_noise_scale = _wp_args->noise_scale;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::array_t<wp::int32> var_mask = _wp_args->mask;
    wp::array_t<wp::float32> adj_noise_scale = _wp_adj_args->noise_scale;
    wp::int32 adj_rng_seed = _wp_adj_args->rng_seed;
    wp::array_t<wp::int32> adj_mask = _wp_adj_args->mask;
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
    const wp::int32 var_9 = 0;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.5;
    wp::vec_t<2, wp::float32> var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 1.0;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    const wp::int32 var_24 = 1;
    const wp::int32 var_25 = 0;
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
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    //---------
    // forward
    // def place_instances(                                                                   <L 10>
    // i, j = wp.tid()                                                                        <L 15>
    builtin_tid2d(var_0, var_1);
    // width = mask.shape[0]                                                                  <L 16>
    var_2 = &(var_mask.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // state = wp.rand_init(rng_seed, j * width + i)                                          <L 17>
    var_6 = wp::mul(var_1, var_4);
    var_7 = wp::add(var_6, var_0);
    var_8 = wp::rand_init(var_rng_seed, var_7);
    // freq = noise_scale[0]                                                                  <L 18>
    var_10 = wp::address(var_noise_scale, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // probability = wp.clamp(0.5 * (wp.noise(state, grid_coord(i, j, freq)) + 1.0), 0.0, 1.0)       <L 20>
    var_14 = grid_coord_0(var_0, var_1, var_11);
    var_15 = wp::noise(var_8, var_14);
    var_17 = wp::add(var_15, var_16);
    var_18 = wp::mul(var_13, var_17);
    var_21 = wp::clamp(var_18, var_19, var_20);
    // if wp.randf(state) < probability:                                                      <L 21>
    var_22 = wp::randf(var_8);
    var_23 = (var_22 < var_21);
    if (var_23) {
        // mask[i, j] = 1                                                                     <L 22>
        // wp::array_store(var_mask, var_0, var_1, var_24);
    }
    if (!var_23) {
        // mask[i, j] = 0                                                                     <L 24>
        // wp::array_store(var_mask, var_0, var_1, var_25);
    }
    //---------
    // reverse
    if (!var_23) {
        wp::adj_array_store(var_mask, var_0, var_1, var_25, adj_mask, adj_0, adj_1, adj_25);
        // adj: mask[i, j] = 0                                                                <L 24>
    }
    if (var_23) {
        wp::adj_array_store(var_mask, var_0, var_1, var_24, adj_mask, adj_0, adj_1, adj_24);
        // adj: mask[i, j] = 1                                                                <L 22>
    }
    // adj: if wp.randf(state) < probability:                                                 <L 21>
    wp::adj_clamp(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
    wp::adj_mul(var_13, var_17, adj_13, adj_17, adj_18);
    wp::adj_add(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_noise(var_8, var_14, adj_8, adj_14, adj_15);
    adj_grid_coord_0(var_0, var_1, var_11, adj_0, adj_1, adj_11, adj_14);
    // adj: probability = wp.clamp(0.5 * (wp.noise(state, grid_coord(i, j, freq)) + 1.0), 0.0, 1.0)  <L 20>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_noise_scale, var_9, adj_noise_scale, adj_9, adj_10);
    // adj: freq = noise_scale[0]                                                             <L 18>
    wp::adj_add(var_6, var_0, adj_6, adj_0, adj_7);
    wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_6);
    // adj: state = wp.rand_init(rng_seed, j * width + i)                                     <L 17>
    adj_mask.shape = adj_2;
    // adj: width = mask.shape[0]                                                             <L 16>
    // adj: i, j = wp.tid()                                                                   <L 15>
    // adj: def place_instances(                                                              <L 10>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void place_instances_e7f17b32_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_place_instances_e7f17b32 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        place_instances_e7f17b32_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void place_instances_e7f17b32_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_place_instances_e7f17b32 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    place_instances_e7f17b32_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void place_instances_e7f17b32_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_place_instances_e7f17b32 *_wp_args)
{
    place_instances_e7f17b32_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void place_instances_e7f17b32_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_place_instances_e7f17b32 *_wp_args,
    wp_args_place_instances_e7f17b32 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        place_instances_e7f17b32_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void place_instances_e7f17b32_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_place_instances_e7f17b32 *_wp_args,
    wp_args_place_instances_e7f17b32 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    place_instances_e7f17b32_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void place_instances_e7f17b32_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_place_instances_e7f17b32 *_wp_args,
    wp_args_place_instances_e7f17b32 *_wp_adj_args)
{
    place_instances_e7f17b32_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

