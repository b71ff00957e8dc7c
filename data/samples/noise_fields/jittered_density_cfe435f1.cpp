// Warp 1.19.0 cpu code for jittered_density_cfe435f1.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// jittered_density.py:4
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


// jittered_density.py:4
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

struct wp_args_jittered_density_933b622c {
    wp::int32 seed;
    wp::float32 noise_scale;
    wp::float32 time;
    wp::array_t<wp::int32> coverage;
};


template <bool wp_linear_contiguous>
static void jittered_density_933b622c_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_jittered_density_933b622c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_noise_scale = _wp_args->noise_scale;
    wp::float32 var_time = _wp_args->time;
    wp::array_t<wp::int32> var_coverage = _wp_args->coverage;
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
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 1.0;
    wp::float32 var_17;
    wp::float32 var_18;
    bool var_19;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 0;
    //---------
    // forward
    // def jittered_density(                                                                  <L 10>
    // i, j = wp.tid()                                                                        <L 16>
    builtin_tid2d(var_0, var_1);
    // width = coverage.shape[0]                                                              <L 17>
    var_2 = &(var_coverage.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // state = wp.rand_init(seed, j * width + i)                                              <L 18>
    var_6 = wp::mul(var_1, var_4);
    var_7 = wp::add(var_6, var_0);
    var_8 = wp::rand_init(var_seed, var_7);
    // probability = wp.clamp(0.5 * (wp.noise(state, animated_coord(i, j, noise_scale, time)) + 1.0), 0.0, 1.0)       <L 21>
    var_10 = animated_coord_0(var_0, var_1, var_noise_scale, var_time);
    var_11 = wp::noise(var_8, var_10);
    var_13 = wp::add(var_11, var_12);
    var_14 = wp::mul(var_9, var_13);
    var_17 = wp::clamp(var_14, var_15, var_16);
    // if wp.randf(state) < probability:                                                      <L 22>
    var_18 = wp::randf(var_8);
    var_19 = (var_18 < var_17);
    if (var_19) {
        // coverage[i, j] = 1                                                                 <L 23>
        wp::array_store(var_coverage, var_0, var_1, var_20);
    }
    if (!var_19) {
        // coverage[i, j] = 0                                                                 <L 25>
        wp::array_store(var_coverage, var_0, var_1, var_21);
    }
}



template <bool wp_linear_contiguous>
static void jittered_density_933b622c_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_jittered_density_933b622c *_wp_args,
    wp_args_jittered_density_933b622c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_noise_scale = _wp_args->noise_scale;
    wp::float32 var_time = _wp_args->time;
    wp::array_t<wp::int32> var_coverage = _wp_args->coverage;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_noise_scale = _wp_adj_args->noise_scale;
    wp::float32 adj_time = _wp_adj_args->time;
    wp::array_t<wp::int32> adj_coverage = _wp_adj_args->coverage;
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
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 1.0;
    wp::float32 var_17;
    wp::float32 var_18;
    bool var_19;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 0;
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
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    //---------
    // forward
    // def jittered_density(                                                                  <L 10>
    // i, j = wp.tid()                                                                        <L 16>
    builtin_tid2d(var_0, var_1);
    // width = coverage.shape[0]                                                              <L 17>
    var_2 = &(var_coverage.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // state = wp.rand_init(seed, j * width + i)                                              <L 18>
    var_6 = wp::mul(var_1, var_4);
    var_7 = wp::add(var_6, var_0);
    var_8 = wp::rand_init(var_seed, var_7);
    // probability = wp.clamp(0.5 * (wp.noise(state, animated_coord(i, j, noise_scale, time)) + 1.0), 0.0, 1.0)       <L 21>
    var_10 = animated_coord_0(var_0, var_1, var_noise_scale, var_time);
    var_11 = wp::noise(var_8, var_10);
    var_13 = wp::add(var_11, var_12);
    var_14 = wp::mul(var_9, var_13);
    var_17 = wp::clamp(var_14, var_15, var_16);
    // if wp.randf(state) < probability:                                                      <L 22>
    var_18 = wp::randf(var_8);
    var_19 = (var_18 < var_17);
    if (var_19) {
        // coverage[i, j] = 1                                                                 <L 23>
        // wp::array_store(var_coverage, var_0, var_1, var_20);
    }
    if (!var_19) {
        // coverage[i, j] = 0                                                                 <L 25>
        // wp::array_store(var_coverage, var_0, var_1, var_21);
    }
    //---------
    // reverse
    if (!var_19) {
        wp::adj_array_store(var_coverage, var_0, var_1, var_21, adj_coverage, adj_0, adj_1, adj_21);
        // adj: coverage[i, j] = 0                                                            <L 25>
    }
    if (var_19) {
        wp::adj_array_store(var_coverage, var_0, var_1, var_20, adj_coverage, adj_0, adj_1, adj_20);
        // adj: coverage[i, j] = 1                                                            <L 23>
    }
    // adj: if wp.randf(state) < probability:                                                 <L 22>
    wp::adj_clamp(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
    wp::adj_mul(var_9, var_13, adj_9, adj_13, adj_14);
    wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_noise(var_8, var_10, adj_8, adj_10, adj_11);
    adj_animated_coord_0(var_0, var_1, var_noise_scale, var_time, adj_0, adj_1, adj_noise_scale, adj_time, adj_10);
    // adj: probability = wp.clamp(0.5 * (wp.noise(state, animated_coord(i, j, noise_scale, time)) + 1.0), 0.0, 1.0)  <L 21>
    wp::adj_add(var_6, var_0, adj_6, adj_0, adj_7);
    wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_6);
    // adj: state = wp.rand_init(seed, j * width + i)                                         <L 18>
    adj_coverage.shape = adj_2;
    // adj: width = coverage.shape[0]                                                         <L 17>
    // adj: i, j = wp.tid()                                                                   <L 16>
    // adj: def jittered_density(                                                             <L 10>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void jittered_density_933b622c_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_jittered_density_933b622c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        jittered_density_933b622c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void jittered_density_933b622c_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_jittered_density_933b622c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    jittered_density_933b622c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void jittered_density_933b622c_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_jittered_density_933b622c *_wp_args)
{
    jittered_density_933b622c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void jittered_density_933b622c_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_jittered_density_933b622c *_wp_args,
    wp_args_jittered_density_933b622c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        jittered_density_933b622c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void jittered_density_933b622c_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_jittered_density_933b622c *_wp_args,
    wp_args_jittered_density_933b622c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    jittered_density_933b622c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void jittered_density_933b622c_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_jittered_density_933b622c *_wp_args,
    wp_args_jittered_density_933b622c *_wp_adj_args)
{
    jittered_density_933b622c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

