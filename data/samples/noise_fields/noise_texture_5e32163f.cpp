// Warp 1.19.0 cpu code for noise_texture_5e32163f.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// noise_texture.py:13
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
    // def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):                   <L 14>
    // return wp.vec3(float(i) * freq, float(j) * freq, t)                                    <L 15>
    var_0 = wp::float(var_i);
    var_1 = wp::mul(var_0, var_freq);
    var_2 = wp::float(var_j);
    var_3 = wp::mul(var_2, var_freq);
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_3, var_t);
    return var_4;
}


// noise_texture.py:34
static wp::vec_t<2, wp::float32> scrolling_coord_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::float32 var_freq,
    wp::vec_t<2, wp::float32> var_scroll,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    //---------
    // forward
    // def scrolling_coord(i: wp.int32, j: wp.int32, freq: float, scroll: wp.vec2, t: float):       <L 35>
    // return wp.vec2(float(i), float(j)) * freq + scroll * t                                 <L 36>
    var_0 = wp::float(var_i);
    var_1 = wp::float(var_j);
    var_2 = wp::vec_t<2, wp::float32>(var_0, var_1);
    var_3 = wp::mul(var_2, var_freq);
    var_4 = wp::mul(var_scroll, var_t);
    var_5 = wp::add(var_3, var_4);
    return var_5;
}


// noise_texture.py:13
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
    // def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):                   <L 14>
    // return wp.vec3(float(i) * freq, float(j) * freq, t)                                    <L 15>
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
    // adj: return wp.vec3(float(i) * freq, float(j) * freq, t)                               <L 15>
    // adj: def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):              <L 14>
    return;
}


// noise_texture.py:34
static void adj_scrolling_coord_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::float32 var_freq,
    wp::vec_t<2, wp::float32> var_scroll,
    wp::float32 var_t,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::float32 & adj_freq,
    wp::vec_t<2, wp::float32> & adj_scroll,
    wp::float32 & adj_t,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    //---------
    // forward
    // def scrolling_coord(i: wp.int32, j: wp.int32, freq: float, scroll: wp.vec2, t: float):       <L 35>
    // return wp.vec2(float(i), float(j)) * freq + scroll * t                                 <L 36>
    var_0 = wp::float(var_i);
    var_1 = wp::float(var_j);
    var_2 = wp::vec_t<2, wp::float32>(var_0, var_1);
    var_3 = wp::mul(var_2, var_freq);
    var_4 = wp::mul(var_scroll, var_t);
    var_5 = wp::add(var_3, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_mul(var_scroll, var_t, adj_scroll, adj_t, adj_4);
    wp::adj_mul(var_2, var_freq, adj_2, adj_freq, adj_3);
    wp::adj_vec_t(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_float(var_j, adj_j, adj_1);
    wp::adj_float(var_i, adj_i, adj_0);
    // adj: return wp.vec2(float(i), float(j)) * freq + scroll * t                            <L 36>
    // adj: def scrolling_coord(i: wp.int32, j: wp.int32, freq: float, scroll: wp.vec2, t: float):  <L 35>
    return;
}

struct wp_args_noise_texture_3a35b95c {
    wp::int32 seed;
    wp::float32 freq;
    wp::array_t<wp::float32> noise_out;
};


template <bool wp_linear_contiguous>
static void noise_texture_3a35b95c_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_noise_texture_3a35b95c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::array_t<wp::float32> var_noise_out = _wp_args->noise_out;
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
    const wp::int32 var_11 = 16;
    const wp::int32 var_12 = 16;
    wp::float32 var_13;
    //---------
    // forward
    // def noise_texture(seed: wp.int32, freq: float, noise_out: wp.array2d(dtype=float)):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 7>
    var_2 = wp::rand_init(var_seed);
    // p = (wp.vec2(float(i), float(j)) + wp.vec2(0.5, 0.5)) * freq                           <L 8>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
    var_9 = wp::add(var_5, var_8);
    var_10 = wp::mul(var_9, var_freq);
    // noise_out[i, j] = wp.pnoise(state, p, 16, 16)                                          <L 10>
    var_13 = wp::pnoise(var_2, var_10, var_11, var_12);
    wp::array_store(var_noise_out, var_0, var_1, var_13);
}



template <bool wp_linear_contiguous>
static void noise_texture_3a35b95c_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_noise_texture_3a35b95c *_wp_args,
    wp_args_noise_texture_3a35b95c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::array_t<wp::float32> var_noise_out = _wp_args->noise_out;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_freq = _wp_adj_args->freq;
    wp::array_t<wp::float32> adj_noise_out = _wp_adj_args->noise_out;
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
    const wp::int32 var_11 = 16;
    const wp::int32 var_12 = 16;
    wp::float32 var_13;
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
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def noise_texture(seed: wp.int32, freq: float, noise_out: wp.array2d(dtype=float)):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 7>
    var_2 = wp::rand_init(var_seed);
    // p = (wp.vec2(float(i), float(j)) + wp.vec2(0.5, 0.5)) * freq                           <L 8>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
    var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
    var_9 = wp::add(var_5, var_8);
    var_10 = wp::mul(var_9, var_freq);
    // noise_out[i, j] = wp.pnoise(state, p, 16, 16)                                          <L 10>
    var_13 = wp::pnoise(var_2, var_10, var_11, var_12);
    // wp::array_store(var_noise_out, var_0, var_1, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_noise_out, var_0, var_1, var_13, adj_noise_out, adj_0, adj_1, adj_13);
    wp::adj_pnoise(var_2, var_10, var_11, var_12, adj_2, adj_10, adj_11, adj_12, adj_13);
    // adj: noise_out[i, j] = wp.pnoise(state, p, 16, 16)                                     <L 10>
    wp::adj_mul(var_9, var_freq, adj_9, adj_freq, adj_10);
    wp::adj_add(var_5, var_8, adj_5, adj_8, adj_9);
    wp::adj_vec_t(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_vec_t(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_float(var_1, adj_1, adj_4);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: p = (wp.vec2(float(i), float(j)) + wp.vec2(0.5, 0.5)) * freq                      <L 8>
    // adj: state = wp.rand_init(seed)                                                        <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def noise_texture(seed: wp.int32, freq: float, noise_out: wp.array2d(dtype=float)):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void noise_texture_3a35b95c_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_noise_texture_3a35b95c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        noise_texture_3a35b95c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void noise_texture_3a35b95c_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_noise_texture_3a35b95c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    noise_texture_3a35b95c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void noise_texture_3a35b95c_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_noise_texture_3a35b95c *_wp_args)
{
    noise_texture_3a35b95c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void noise_texture_3a35b95c_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_noise_texture_3a35b95c *_wp_args,
    wp_args_noise_texture_3a35b95c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        noise_texture_3a35b95c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void noise_texture_3a35b95c_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_noise_texture_3a35b95c *_wp_args,
    wp_args_noise_texture_3a35b95c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    noise_texture_3a35b95c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void noise_texture_3a35b95c_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_noise_texture_3a35b95c *_wp_args,
    wp_args_noise_texture_3a35b95c *_wp_adj_args)
{
    noise_texture_3a35b95c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_perturb_heights_76b279b8 {
    wp::array_t<wp::float32> heights;
    wp::int32 seed;
    wp::float32 freq;
    wp::float32 time;
    wp::float32 amplitude;
    wp::array_t<wp::float32> heights_out;
};


template <bool wp_linear_contiguous>
static void perturb_heights_76b279b8_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_perturb_heights_76b279b8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_heights = _wp_args->heights;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::float32 var_time = _wp_args->time;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> var_heights_out = _wp_args->heights_out;
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
    // def perturb_heights(                                                                   <L 19>
    // i, j = wp.tid()                                                                        <L 27>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 28>
    var_2 = wp::rand_init(var_seed);
    // n = 1.0 - wp.abs(wp.noise(state, animated_coord(i, j, freq, time)))                    <L 29>
    var_4 = animated_coord_0(var_0, var_1, var_freq, var_time);
    var_5 = wp::noise(var_2, var_4);
    var_6 = wp::abs(var_5);
    var_7 = wp::sub(var_3, var_6);
    // ridge = n * n                                                                          <L 30>
    var_8 = wp::mul(var_7, var_7);
    // heights_out[i, j] = heights[i, j] + amplitude * ridge                                  <L 31>
    var_9 = wp::address(var_heights, var_0, var_1);
    var_10 = wp::mul(var_amplitude, var_8);
    var_12 = wp::load(var_9);
    var_11 = wp::add(var_12, var_10);
    wp::array_store(var_heights_out, var_0, var_1, var_11);
}



template <bool wp_linear_contiguous>
static void perturb_heights_76b279b8_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_perturb_heights_76b279b8 *_wp_args,
    wp_args_perturb_heights_76b279b8 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_heights = _wp_args->heights;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::float32 var_time = _wp_args->time;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> var_heights_out = _wp_args->heights_out;
    wp::array_t<wp::float32> adj_heights = _wp_adj_args->heights;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_freq = _wp_adj_args->freq;
    wp::float32 adj_time = _wp_adj_args->time;
    wp::float32 adj_amplitude = _wp_adj_args->amplitude;
    wp::array_t<wp::float32> adj_heights_out = _wp_adj_args->heights_out;
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
    // def perturb_heights(                                                                   <L 19>
    // i, j = wp.tid()                                                                        <L 27>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 28>
    var_2 = wp::rand_init(var_seed);
    // n = 1.0 - wp.abs(wp.noise(state, animated_coord(i, j, freq, time)))                    <L 29>
    var_4 = animated_coord_0(var_0, var_1, var_freq, var_time);
    var_5 = wp::noise(var_2, var_4);
    var_6 = wp::abs(var_5);
    var_7 = wp::sub(var_3, var_6);
    // ridge = n * n                                                                          <L 30>
    var_8 = wp::mul(var_7, var_7);
    // heights_out[i, j] = heights[i, j] + amplitude * ridge                                  <L 31>
    var_9 = wp::address(var_heights, var_0, var_1);
    var_10 = wp::mul(var_amplitude, var_8);
    var_12 = wp::load(var_9);
    var_11 = wp::add(var_12, var_10);
    // wp::array_store(var_heights_out, var_0, var_1, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_heights_out, var_0, var_1, var_11, adj_heights_out, adj_0, adj_1, adj_11);
    wp::adj_add(var_12, var_10, adj_9, adj_10, adj_11);
    wp::adj_mul(var_amplitude, var_8, adj_amplitude, adj_8, adj_10);
    wp::adj_address(var_heights, var_0, var_1, adj_heights, adj_0, adj_1, adj_9);
    // adj: heights_out[i, j] = heights[i, j] + amplitude * ridge                             <L 31>
    wp::adj_mul(var_7, var_7, adj_7, adj_7, adj_8);
    // adj: ridge = n * n                                                                     <L 30>
    wp::adj_sub(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_abs(var_5, adj_5, adj_6);
    wp::adj_noise(var_2, var_4, adj_2, adj_4, adj_5);
    adj_animated_coord_0(var_0, var_1, var_freq, var_time, adj_0, adj_1, adj_freq, adj_time, adj_4);
    // adj: n = 1.0 - wp.abs(wp.noise(state, animated_coord(i, j, freq, time)))               <L 29>
    // adj: state = wp.rand_init(seed)                                                        <L 28>
    // adj: i, j = wp.tid()                                                                   <L 27>
    // adj: def perturb_heights(                                                              <L 19>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void perturb_heights_76b279b8_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_perturb_heights_76b279b8 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        perturb_heights_76b279b8_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void perturb_heights_76b279b8_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_perturb_heights_76b279b8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    perturb_heights_76b279b8_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void perturb_heights_76b279b8_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_perturb_heights_76b279b8 *_wp_args)
{
    perturb_heights_76b279b8_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void perturb_heights_76b279b8_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_perturb_heights_76b279b8 *_wp_args,
    wp_args_perturb_heights_76b279b8 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        perturb_heights_76b279b8_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void perturb_heights_76b279b8_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_perturb_heights_76b279b8 *_wp_args,
    wp_args_perturb_heights_76b279b8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    perturb_heights_76b279b8_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void perturb_heights_76b279b8_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_perturb_heights_76b279b8 *_wp_args,
    wp_args_perturb_heights_76b279b8 *_wp_adj_args)
{
    perturb_heights_76b279b8_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_curl_flow_fc374efa {
    wp::int32 seed;
    wp::float32 freq;
    wp::vec_t<2, wp::float32> wind;
    wp::float32 time;
    wp::int32 octaves;
    wp::float32 amplitude;
    wp::array_t<wp::vec_t<2, wp::float32>> wind_field;
};


template <bool wp_linear_contiguous>
static void curl_flow_fc374efa_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_curl_flow_fc374efa *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::vec_t<2, wp::float32> var_wind = _wp_args->wind;
    wp::float32 var_time = _wp_args->time;
    wp::int32 var_octaves = _wp_args->octaves;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::vec_t<2, wp::float32>> var_wind_field = _wp_args->wind_field;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::uint32 var_4;
    const wp::float32 var_5 = 2.0;
    const wp::float32 var_6 = 0.5;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    //---------
    // forward
    // def curl_flow(                                                                         <L 40>
    // i, j = wp.tid()                                                                        <L 50>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 51>
    var_2 = wp::rand_init(var_seed);
    // curl = wp.curlnoise(state, scrolling_coord(i, j, freq, wind, time), wp.uint32(octaves), 2.0, 0.5)       <L 52>
    var_3 = scrolling_coord_0(var_0, var_1, var_freq, var_wind, var_time);
    var_4 = wp::uint32(var_octaves);
    var_7 = wp::curlnoise(var_2, var_3, var_4, var_5, var_6);
    // wind_field[i, j] = curl * amplitude                                                    <L 53>
    var_8 = wp::mul(var_7, var_amplitude);
    wp::array_store(var_wind_field, var_0, var_1, var_8);
}



template <bool wp_linear_contiguous>
static void curl_flow_fc374efa_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_curl_flow_fc374efa *_wp_args,
    wp_args_curl_flow_fc374efa *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::vec_t<2, wp::float32> var_wind = _wp_args->wind;
    wp::float32 var_time = _wp_args->time;
    wp::int32 var_octaves = _wp_args->octaves;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::vec_t<2, wp::float32>> var_wind_field = _wp_args->wind_field;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_freq = _wp_adj_args->freq;
    wp::vec_t<2, wp::float32> adj_wind = _wp_adj_args->wind;
    wp::float32 adj_time = _wp_adj_args->time;
    wp::int32 adj_octaves = _wp_adj_args->octaves;
    wp::float32 adj_amplitude = _wp_adj_args->amplitude;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_wind_field = _wp_adj_args->wind_field;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::uint32 var_4;
    const wp::float32 var_5 = 2.0;
    const wp::float32 var_6 = 0.5;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::uint32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    //---------
    // forward
    // def curl_flow(                                                                         <L 40>
    // i, j = wp.tid()                                                                        <L 50>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 51>
    var_2 = wp::rand_init(var_seed);
    // curl = wp.curlnoise(state, scrolling_coord(i, j, freq, wind, time), wp.uint32(octaves), 2.0, 0.5)       <L 52>
    var_3 = scrolling_coord_0(var_0, var_1, var_freq, var_wind, var_time);
    var_4 = wp::uint32(var_octaves);
    var_7 = wp::curlnoise(var_2, var_3, var_4, var_5, var_6);
    // wind_field[i, j] = curl * amplitude                                                    <L 53>
    var_8 = wp::mul(var_7, var_amplitude);
    // wp::array_store(var_wind_field, var_0, var_1, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_wind_field, var_0, var_1, var_8, adj_wind_field, adj_0, adj_1, adj_8);
    wp::adj_mul(var_7, var_amplitude, adj_7, adj_amplitude, adj_8);
    // adj: wind_field[i, j] = curl * amplitude                                               <L 53>
    wp::adj_curlnoise(var_2, var_3, var_4, var_5, var_6, adj_2, adj_3, adj_4, adj_5, adj_6, adj_7);
    adj_scrolling_coord_0(var_0, var_1, var_freq, var_wind, var_time, adj_0, adj_1, adj_freq, adj_wind, adj_time, adj_3);
    // adj: curl = wp.curlnoise(state, scrolling_coord(i, j, freq, wind, time), wp.uint32(octaves), 2.0, 0.5)  <L 52>
    // adj: state = wp.rand_init(seed)                                                        <L 51>
    // adj: i, j = wp.tid()                                                                   <L 50>
    // adj: def curl_flow(                                                                    <L 40>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void curl_flow_fc374efa_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_fc374efa *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        curl_flow_fc374efa_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void curl_flow_fc374efa_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_fc374efa *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    curl_flow_fc374efa_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void curl_flow_fc374efa_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_fc374efa *_wp_args)
{
    curl_flow_fc374efa_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void curl_flow_fc374efa_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_fc374efa *_wp_args,
    wp_args_curl_flow_fc374efa *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        curl_flow_fc374efa_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void curl_flow_fc374efa_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_fc374efa *_wp_args,
    wp_args_curl_flow_fc374efa *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    curl_flow_fc374efa_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void curl_flow_fc374efa_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_curl_flow_fc374efa *_wp_args,
    wp_args_curl_flow_fc374efa *_wp_adj_args)
{
    curl_flow_fc374efa_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

