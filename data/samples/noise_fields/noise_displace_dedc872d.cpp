// Warp 1.19.0 cpu code for noise_displace_dedc872d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// noise_displace.py:4
static wp::float32 fractal_noise_0(
    wp::uint32 var_state,
    wp::vec_t<2, wp::float32> var_p,
    wp::int32 var_octaves,
    wp::float32 var_gain)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::range_t var_4;
    wp::int32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 2.0;
    wp::vec_t<2, wp::float32> var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def fractal_noise(state: wp.uint32, p: wp.vec2, octaves: int, gain: float):            <L 5>
    // total = float(0.0)                                                                     <L 6>
    var_1 = wp::float(var_0);
    // amplitude = float(1.0)                                                                 <L 7>
    var_3 = wp::float(var_2);
    // for _octave in range(octaves):                                                         <L 8>
    var_4 = wp::range(var_octaves);
    start_for_0:;
        if (iter_cmp(var_4) == 0) goto end_for_0;
        var_5 = wp::iter_next(var_4);
        // total += amplitude * wp.noise(state, p)                                            <L 9>
        var_6 = wp::noise(var_state, var_p);
        var_7 = wp::mul(var_3, var_6);
        var_8 = wp::add(var_1, var_7);
        // p = p * 2.0                                                                        <L 10>
        var_10 = wp::mul(var_p, var_9);
        // amplitude *= gain                                                                  <L 11>
        var_11 = wp::mul(var_3, var_gain);
        wp::assign(var_p, var_10);
        wp::assign(var_1, var_8);
        wp::assign(var_3, var_11);
        goto start_for_0;
    end_for_0:;
    // return total                                                                           <L 12>
    return var_1;
}


// noise_displace.py:4
static void adj_fractal_noise_0(
    wp::uint32 var_state,
    wp::vec_t<2, wp::float32> var_p,
    wp::int32 var_octaves,
    wp::float32 var_gain,
    wp::uint32 & adj_state,
    wp::vec_t<2, wp::float32> & adj_p,
    wp::int32 & adj_octaves,
    wp::float32 & adj_gain,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::range_t var_4;
    wp::int32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 2.0;
    wp::vec_t<2, wp::float32> var_10;
    wp::float32 var_11;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::range_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    //---------
    // forward
    // def fractal_noise(state: wp.uint32, p: wp.vec2, octaves: int, gain: float):            <L 5>
    // total = float(0.0)                                                                     <L 6>
    var_1 = wp::float(var_0);
    // amplitude = float(1.0)                                                                 <L 7>
    var_3 = wp::float(var_2);
    // for _octave in range(octaves):                                                         <L 8>
    var_4 = wp::range(var_octaves);
    // return total                                                                           <L 12>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return total                                                                      <L 12>
    var_4 = wp::iter_reverse(var_4);
    start_for_0:;
        if (iter_cmp(var_4) == 0) goto end_for_0;
        var_5 = wp::iter_next(var_4);
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
        // total += amplitude * wp.noise(state, p)                                            <L 9>
        var_6 = wp::noise(var_state, var_p);
        var_7 = wp::mul(var_3, var_6);
        var_8 = wp::add(var_1, var_7);
        // p = p * 2.0                                                                        <L 10>
        var_10 = wp::mul(var_p, var_9);
        // amplitude *= gain                                                                  <L 11>
        var_11 = wp::mul(var_3, var_gain);
        wp::assign(var_p, var_10);
        wp::assign(var_1, var_8);
        wp::assign(var_3, var_11);
        wp::adj_assign(var_3, var_11, adj_3, adj_11);
        wp::adj_assign(var_1, var_8, adj_1, adj_8);
        wp::adj_assign(var_p, var_10, adj_p, adj_10);
        wp::adj_mul(var_3, var_gain, adj_3, adj_gain, adj_11);
        // adj: amplitude *= gain                                                             <L 11>
        wp::adj_mul(var_p, var_9, adj_p, adj_9, adj_10);
        // adj: p = p * 2.0                                                                   <L 10>
        wp::adj_add(var_1, var_7, adj_1, adj_7, adj_8);
        wp::adj_mul(var_3, var_6, adj_3, adj_6, adj_7);
        wp::adj_noise(var_state, var_p, adj_state, adj_p, adj_6);
        // adj: total += amplitude * wp.noise(state, p)                                       <L 9>
    	goto start_for_0;
    end_for_0:;
    // adj: for _octave in range(octaves):                                                    <L 8>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: amplitude = float(1.0)                                                            <L 7>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: total = float(0.0)                                                                <L 6>
    // adj: def fractal_noise(state: wp.uint32, p: wp.vec2, octaves: int, gain: float):       <L 5>
    return;
}

struct wp_args_noise_displace_134b373a {
    wp::array_t<wp::float32> heights;
    wp::int32 rng_seed;
    wp::float32 frequency;
    wp::int32 num_octaves;
    wp::float32 gain;
    wp::float32 amplitude;
};


template <bool wp_linear_contiguous>
static void noise_displace_134b373a_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_noise_displace_134b373a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_heights = _wp_args->heights;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::int32 var_num_octaves = _wp_args->num_octaves;
    wp::float32 var_gain = _wp_args->gain;
    wp::float32 var_amplitude = _wp_args->amplitude;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def noise_displace(                                                                    <L 16>
    // i, j = wp.tid()                                                                        <L 24>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(rng_seed)                                                         <L 25>
    var_2 = wp::rand_init(var_rng_seed);
    // h_base = heights[i, j]                                                                 <L 26>
    var_3 = wp::address(var_heights, var_0, var_1);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // heights[i, j] = h_base + amplitude * fractal_noise(state, wp.vec2(float(i), float(j)) * frequency, num_octaves, gain)       <L 27>
    var_6 = wp::float(var_0);
    var_7 = wp::float(var_1);
    var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
    var_9 = wp::mul(var_8, var_frequency);
    var_10 = fractal_noise_0(var_2, var_9, var_num_octaves, var_gain);
    var_11 = wp::mul(var_amplitude, var_10);
    var_12 = wp::add(var_4, var_11);
    wp::array_store(var_heights, var_0, var_1, var_12);
}



template <bool wp_linear_contiguous>
static void noise_displace_134b373a_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_noise_displace_134b373a *_wp_args,
    wp_args_noise_displace_134b373a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_heights = _wp_args->heights;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::int32 var_num_octaves = _wp_args->num_octaves;
    wp::float32 var_gain = _wp_args->gain;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> adj_heights = _wp_adj_args->heights;
    wp::int32 adj_rng_seed = _wp_adj_args->rng_seed;
    wp::float32 adj_frequency = _wp_adj_args->frequency;
    wp::int32 adj_num_octaves = _wp_adj_args->num_octaves;
    wp::float32 adj_gain = _wp_adj_args->gain;
    wp::float32 adj_amplitude = _wp_adj_args->amplitude;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def noise_displace(                                                                    <L 16>
    // i, j = wp.tid()                                                                        <L 24>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(rng_seed)                                                         <L 25>
    var_2 = wp::rand_init(var_rng_seed);
    // h_base = heights[i, j]                                                                 <L 26>
    var_3 = wp::address(var_heights, var_0, var_1);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // heights[i, j] = h_base + amplitude * fractal_noise(state, wp.vec2(float(i), float(j)) * frequency, num_octaves, gain)       <L 27>
    var_6 = wp::float(var_0);
    var_7 = wp::float(var_1);
    var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
    var_9 = wp::mul(var_8, var_frequency);
    var_10 = fractal_noise_0(var_2, var_9, var_num_octaves, var_gain);
    var_11 = wp::mul(var_amplitude, var_10);
    var_12 = wp::add(var_4, var_11);
    // wp::array_store(var_heights, var_0, var_1, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_heights, var_0, var_1, var_12, adj_heights, adj_0, adj_1, adj_12);
    wp::adj_add(var_4, var_11, adj_4, adj_11, adj_12);
    wp::adj_mul(var_amplitude, var_10, adj_amplitude, adj_10, adj_11);
    adj_fractal_noise_0(var_2, var_9, var_num_octaves, var_gain, adj_2, adj_9, adj_num_octaves, adj_gain, adj_10);
    wp::adj_mul(var_8, var_frequency, adj_8, adj_frequency, adj_9);
    wp::adj_vec_t(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_float(var_1, adj_1, adj_7);
    wp::adj_float(var_0, adj_0, adj_6);
    // adj: heights[i, j] = h_base + amplitude * fractal_noise(state, wp.vec2(float(i), float(j)) * frequency, num_octaves, gain)  <L 27>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_heights, var_0, var_1, adj_heights, adj_0, adj_1, adj_3);
    // adj: h_base = heights[i, j]                                                            <L 26>
    // adj: state = wp.rand_init(rng_seed)                                                    <L 25>
    // adj: i, j = wp.tid()                                                                   <L 24>
    // adj: def noise_displace(                                                               <L 16>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void noise_displace_134b373a_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_noise_displace_134b373a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        noise_displace_134b373a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void noise_displace_134b373a_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_noise_displace_134b373a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    noise_displace_134b373a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void noise_displace_134b373a_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_noise_displace_134b373a *_wp_args)
{
    noise_displace_134b373a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void noise_displace_134b373a_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_noise_displace_134b373a *_wp_args,
    wp_args_noise_displace_134b373a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        noise_displace_134b373a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void noise_displace_134b373a_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_noise_displace_134b373a *_wp_args,
    wp_args_noise_displace_134b373a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    noise_displace_134b373a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void noise_displace_134b373a_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_noise_displace_134b373a *_wp_args,
    wp_args_noise_displace_134b373a *_wp_adj_args)
{
    noise_displace_134b373a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

