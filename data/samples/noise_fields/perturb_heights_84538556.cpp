// Warp 1.19.0 cpu code for perturb_heights_84538556.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// perturb_heights.py:4
static wp::vec_t<3, wp::float32> animated_coord_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::float32 var_freq,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):                   <L 5>
    // return wp.vec3(float(i) * freq, float(j) * freq, t)                                    <L 6>
    var_0 = wp::float(var_i);
    var_1 = wp::mul(var_0, var_freq);
    var_2 = wp::float(var_j);
    var_3 = wp::mul(var_2, var_freq);
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_3, var_t);
    return var_4;
}


// perturb_heights.py:4
static void adj_animated_coord_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::float32 var_freq,
    wp::float32 var_t,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::float32 & adj_freq,
    wp::float32 & adj_t,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):                   <L 5>
    // return wp.vec3(float(i) * freq, float(j) * freq, t)                                    <L 6>
    var_0 = wp::float(var_i);
    var_1 = wp::mul(var_0, var_freq);
    var_2 = wp::float(var_j);
    var_3 = wp::mul(var_2, var_freq);
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_3, var_t);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_vec_t(var_1, var_3, var_t, adj_1, adj_3, adj_t, adj_4);
    wp::adj_mul(var_2, var_freq, adj_2, adj_freq, adj_3);
    wp::adj_float(var_j, adj_j, adj_2);
    wp::adj_mul(var_0, var_freq, adj_0, adj_freq, adj_1);
    wp::adj_float(var_i, adj_i, adj_0);
    // adj: return wp.vec3(float(i) * freq, float(j) * freq, t)                               <L 6>
    // adj: def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):              <L 5>
    return;
}

struct wp_args_perturb_heights_266e7eef {
    wp::array_t<wp::float32> heights;
    wp::int32 seed;
    wp::float32 freq;
    wp::float32 time;
    wp::float32 amplitude;
    wp::array_t<wp::float32> terrain_out;
};


template <bool wp_linear_contiguous>
static void perturb_heights_266e7eef_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_perturb_heights_266e7eef *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_heights = _wp_args->heights;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::float32 var_time = _wp_args->time;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> var_terrain_out = _wp_args->terrain_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    const wp::float32 var_3 = 1.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def perturb_heights(                                                                   <L 10>
    // i, j = wp.tid()                                                                        <L 18>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 19>
    var_2 = wp::rand_init(var_seed);
    // noise_val = 1.0 - wp.abs(wp.noise(state, animated_coord(i, j, freq, time)))            <L 20>
    var_4 = animated_coord_0(var_0, var_1, var_freq, var_time);
    var_5 = wp::noise(var_2, var_4);
    var_6 = wp::abs(var_5);
    var_7 = wp::sub(var_3, var_6);
    // ridge = noise_val * noise_val                                                          <L 21>
    var_8 = wp::mul(var_7, var_7);
    // terrain_out[i, j] = heights[i, j] + amplitude * ridge                                  <L 22>
    var_9 = wp::address(var_heights, var_0, var_1);
    var_10 = wp::mul(var_amplitude, var_8);
    var_12 = wp::load(var_9);
    var_11 = wp::add(var_12, var_10);
    wp::array_store(var_terrain_out, var_0, var_1, var_11);
}



template <bool wp_linear_contiguous>
static void perturb_heights_266e7eef_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_perturb_heights_266e7eef *_wp_args,
    wp_args_perturb_heights_266e7eef *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_heights = _wp_args->heights;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::float32 var_time = _wp_args->time;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> var_terrain_out = _wp_args->terrain_out;
    wp::array_t<wp::float32> adj_heights = _wp_adj_args->heights;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_freq = _wp_adj_args->freq;
    wp::float32 adj_time = _wp_adj_args->time;
    wp::float32 adj_amplitude = _wp_adj_args->amplitude;
    wp::array_t<wp::float32> adj_terrain_out = _wp_adj_args->terrain_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    const wp::float32 var_3 = 1.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def perturb_heights(                                                                   <L 10>
    // i, j = wp.tid()                                                                        <L 18>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 19>
    var_2 = wp::rand_init(var_seed);
    // noise_val = 1.0 - wp.abs(wp.noise(state, animated_coord(i, j, freq, time)))            <L 20>
    var_4 = animated_coord_0(var_0, var_1, var_freq, var_time);
    var_5 = wp::noise(var_2, var_4);
    var_6 = wp::abs(var_5);
    var_7 = wp::sub(var_3, var_6);
    // ridge = noise_val * noise_val                                                          <L 21>
    var_8 = wp::mul(var_7, var_7);
    // terrain_out[i, j] = heights[i, j] + amplitude * ridge                                  <L 22>
    var_9 = wp::address(var_heights, var_0, var_1);
    var_10 = wp::mul(var_amplitude, var_8);
    var_12 = wp::load(var_9);
    var_11 = wp::add(var_12, var_10);
    // wp::array_store(var_terrain_out, var_0, var_1, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_terrain_out, var_0, var_1, var_11, adj_terrain_out, adj_0, adj_1, adj_11);
    wp::adj_add(var_12, var_10, adj_9, adj_10, adj_11);
    wp::adj_mul(var_amplitude, var_8, adj_amplitude, adj_8, adj_10);
    wp::adj_address(var_heights, var_0, var_1, adj_heights, adj_0, adj_1, adj_9);
    // adj: terrain_out[i, j] = heights[i, j] + amplitude * ridge                             <L 22>
    wp::adj_mul(var_7, var_7, adj_7, adj_7, adj_8);
    // adj: ridge = noise_val * noise_val                                                     <L 21>
    wp::adj_sub(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_abs(var_5, adj_5, adj_6);
    wp::adj_noise(var_2, var_4, adj_2, adj_4, adj_5);
    adj_animated_coord_0(var_0, var_1, var_freq, var_time, adj_0, adj_1, adj_freq, adj_time, adj_4);
    // adj: noise_val = 1.0 - wp.abs(wp.noise(state, animated_coord(i, j, freq, time)))       <L 20>
    // adj: state = wp.rand_init(seed)                                                        <L 19>
    // adj: i, j = wp.tid()                                                                   <L 18>
    // adj: def perturb_heights(                                                              <L 10>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void perturb_heights_266e7eef_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_perturb_heights_266e7eef *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        perturb_heights_266e7eef_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void perturb_heights_266e7eef_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_perturb_heights_266e7eef *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    perturb_heights_266e7eef_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void perturb_heights_266e7eef_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_perturb_heights_266e7eef *_wp_args)
{
    perturb_heights_266e7eef_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void perturb_heights_266e7eef_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_perturb_heights_266e7eef *_wp_args,
    wp_args_perturb_heights_266e7eef *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        perturb_heights_266e7eef_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void perturb_heights_266e7eef_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_perturb_heights_266e7eef *_wp_args,
    wp_args_perturb_heights_266e7eef *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    perturb_heights_266e7eef_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void perturb_heights_266e7eef_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_perturb_heights_266e7eef *_wp_args,
    wp_args_perturb_heights_266e7eef *_wp_adj_args)
{
    perturb_heights_266e7eef_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

