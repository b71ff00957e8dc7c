// Warp 1.19.0 cpu code for stochastic_coverage_b911c7df.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// stochastic_coverage.py:4
static wp::float32 octave_noise_0(
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
    // def octave_noise(state: wp.uint32, p: wp.vec2, octaves: int, gain: float):             <L 5>
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


// stochastic_coverage.py:4
static void adj_octave_noise_0(
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
    // def octave_noise(state: wp.uint32, p: wp.vec2, octaves: int, gain: float):             <L 5>
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
    // adj: def octave_noise(state: wp.uint32, p: wp.vec2, octaves: int, gain: float):        <L 5>
    return;
}

struct wp_args_stochastic_coverage_39d7dafb {
    wp::array_t<wp::int32> particle_flags;
    wp::int32 seed;
    wp::float32 frequency;
    wp::vec_t<2, wp::float32> scroll;
    wp::float32 time;
    wp::int32 octaves;
    wp::array_t<wp::int32> occupied;
};


template <bool wp_linear_contiguous>
static void stochastic_coverage_39d7dafb_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_stochastic_coverage_39d7dafb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::vec_t<2, wp::float32> var_scroll = _wp_args->scroll;
    wp::float32 var_time = _wp_args->time;
    wp::int32 var_octaves = _wp_args->octaves;
    wp::array_t<wp::int32> var_occupied = _wp_args->occupied;
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
    wp::int32* var_9;
    const wp::int32 var_10 = 1;
    bool var_11;
    wp::int32 var_12;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32> var_19;
    const wp::float32 var_20 = 0.5;
    wp::float32 var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    const wp::float32 var_26 = 1.0;
    wp::float32 var_27;
    wp::float32 var_28;
    bool var_29;
    const wp::int32 var_30 = 1;
    const wp::int32 var_31 = 0;
    //---------
    // forward
    // def stochastic_coverage(                                                               <L 16>
    // i, j = wp.tid()                                                                        <L 25>
    builtin_tid2d(var_0, var_1);
    // width = occupied.shape[0]                                                              <L 26>
    var_2 = &(var_occupied.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // state = wp.rand_init(seed, j * width + i)                                              <L 27>
    var_6 = wp::mul(var_1, var_4);
    var_7 = wp::add(var_6, var_0);
    var_8 = wp::rand_init(var_seed, var_7);
    // if particle_flags[i, j] != 1:                                                          <L 28>
    var_9 = wp::address(var_particle_flags, var_0, var_1);
    var_12 = wp::load(var_9);
    var_11 = (var_12 != var_10);
    if (var_11) {
        // return                                                                             <L 29>
        return;
    }
    // probability = wp.clamp(0.5 * (octave_noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * time, octaves, 0.5) + 1.0), 0.0, 1.0)       <L 32>
    var_14 = wp::float(var_0);
    var_15 = wp::float(var_1);
    var_16 = wp::vec_t<2, wp::float32>(var_14, var_15);
    var_17 = wp::mul(var_16, var_frequency);
    var_18 = wp::mul(var_scroll, var_time);
    var_19 = wp::add(var_17, var_18);
    var_21 = octave_noise_0(var_8, var_19, var_octaves, var_20);
    var_23 = wp::add(var_21, var_22);
    var_24 = wp::mul(var_13, var_23);
    var_27 = wp::clamp(var_24, var_25, var_26);
    // if wp.randf(state) < probability:                                                      <L 33>
    var_28 = wp::randf(var_8);
    var_29 = (var_28 < var_27);
    if (var_29) {
        // occupied[i, j] = 1                                                                 <L 34>
        wp::array_store(var_occupied, var_0, var_1, var_30);
    }
    if (!var_29) {
        // occupied[i, j] = 0                                                                 <L 36>
        wp::array_store(var_occupied, var_0, var_1, var_31);
    }
}



template <bool wp_linear_contiguous>
static void stochastic_coverage_39d7dafb_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_stochastic_coverage_39d7dafb *_wp_args,
    wp_args_stochastic_coverage_39d7dafb *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::vec_t<2, wp::float32> var_scroll = _wp_args->scroll;
    wp::float32 var_time = _wp_args->time;
    wp::int32 var_octaves = _wp_args->octaves;
    wp::array_t<wp::int32> var_occupied = _wp_args->occupied;
    wp::array_t<wp::int32> adj_particle_flags = _wp_adj_args->particle_flags;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_frequency = _wp_adj_args->frequency;
    wp::vec_t<2, wp::float32> adj_scroll = _wp_adj_args->scroll;
    wp::float32 adj_time = _wp_adj_args->time;
    wp::int32 adj_octaves = _wp_adj_args->octaves;
    wp::array_t<wp::int32> adj_occupied = _wp_adj_args->occupied;
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
    wp::int32* var_9;
    const wp::int32 var_10 = 1;
    bool var_11;
    wp::int32 var_12;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32> var_19;
    const wp::float32 var_20 = 0.5;
    wp::float32 var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    const wp::float32 var_26 = 1.0;
    wp::float32 var_27;
    wp::float32 var_28;
    bool var_29;
    const wp::int32 var_30 = 1;
    const wp::int32 var_31 = 0;
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
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    //---------
    // forward
    // def stochastic_coverage(                                                               <L 16>
    // i, j = wp.tid()                                                                        <L 25>
    builtin_tid2d(var_0, var_1);
    // width = occupied.shape[0]                                                              <L 26>
    var_2 = &(var_occupied.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // state = wp.rand_init(seed, j * width + i)                                              <L 27>
    var_6 = wp::mul(var_1, var_4);
    var_7 = wp::add(var_6, var_0);
    var_8 = wp::rand_init(var_seed, var_7);
    // if particle_flags[i, j] != 1:                                                          <L 28>
    var_9 = wp::address(var_particle_flags, var_0, var_1);
    var_12 = wp::load(var_9);
    var_11 = (var_12 != var_10);
    if (var_11) {
        // return                                                                             <L 29>
        goto label0;
    }
    // probability = wp.clamp(0.5 * (octave_noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * time, octaves, 0.5) + 1.0), 0.0, 1.0)       <L 32>
    var_14 = wp::float(var_0);
    var_15 = wp::float(var_1);
    var_16 = wp::vec_t<2, wp::float32>(var_14, var_15);
    var_17 = wp::mul(var_16, var_frequency);
    var_18 = wp::mul(var_scroll, var_time);
    var_19 = wp::add(var_17, var_18);
    var_21 = octave_noise_0(var_8, var_19, var_octaves, var_20);
    var_23 = wp::add(var_21, var_22);
    var_24 = wp::mul(var_13, var_23);
    var_27 = wp::clamp(var_24, var_25, var_26);
    // if wp.randf(state) < probability:                                                      <L 33>
    var_28 = wp::randf(var_8);
    var_29 = (var_28 < var_27);
    if (var_29) {
        // occupied[i, j] = 1                                                                 <L 34>
        // wp::array_store(var_occupied, var_0, var_1, var_30);
    }
    if (!var_29) {
        // occupied[i, j] = 0                                                                 <L 36>
        // wp::array_store(var_occupied, var_0, var_1, var_31);
    }
    //---------
    // reverse
    if (!var_29) {
        wp::adj_array_store(var_occupied, var_0, var_1, var_31, adj_occupied, adj_0, adj_1, adj_31);
        // adj: occupied[i, j] = 0                                                            <L 36>
    }
    if (var_29) {
        wp::adj_array_store(var_occupied, var_0, var_1, var_30, adj_occupied, adj_0, adj_1, adj_30);
        // adj: occupied[i, j] = 1                                                            <L 34>
    }
    // adj: if wp.randf(state) < probability:                                                 <L 33>
    wp::adj_clamp(var_24, var_25, var_26, adj_24, adj_25, adj_26, adj_27);
    wp::adj_mul(var_13, var_23, adj_13, adj_23, adj_24);
    wp::adj_add(var_21, var_22, adj_21, adj_22, adj_23);
    adj_octave_noise_0(var_8, var_19, var_octaves, var_20, adj_8, adj_19, adj_octaves, adj_20, adj_21);
    wp::adj_add(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_mul(var_scroll, var_time, adj_scroll, adj_time, adj_18);
    wp::adj_mul(var_16, var_frequency, adj_16, adj_frequency, adj_17);
    wp::adj_vec_t(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_float(var_1, adj_1, adj_15);
    wp::adj_float(var_0, adj_0, adj_14);
    // adj: probability = wp.clamp(0.5 * (octave_noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * time, octaves, 0.5) + 1.0), 0.0, 1.0)  <L 32>
    if (var_11) {
        label0:;
        // adj: return                                                                        <L 29>
    }
    wp::adj_address(var_particle_flags, var_0, var_1, adj_particle_flags, adj_0, adj_1, adj_9);
    // adj: if particle_flags[i, j] != 1:                                                     <L 28>
    wp::adj_add(var_6, var_0, adj_6, adj_0, adj_7);
    wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_6);
    // adj: state = wp.rand_init(seed, j * width + i)                                         <L 27>
    adj_occupied.shape = adj_2;
    // adj: width = occupied.shape[0]                                                         <L 26>
    // adj: i, j = wp.tid()                                                                   <L 25>
    // adj: def stochastic_coverage(                                                          <L 16>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void stochastic_coverage_39d7dafb_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_stochastic_coverage_39d7dafb *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        stochastic_coverage_39d7dafb_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void stochastic_coverage_39d7dafb_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_stochastic_coverage_39d7dafb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    stochastic_coverage_39d7dafb_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void stochastic_coverage_39d7dafb_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_stochastic_coverage_39d7dafb *_wp_args)
{
    stochastic_coverage_39d7dafb_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void stochastic_coverage_39d7dafb_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_stochastic_coverage_39d7dafb *_wp_args,
    wp_args_stochastic_coverage_39d7dafb *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        stochastic_coverage_39d7dafb_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void stochastic_coverage_39d7dafb_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_stochastic_coverage_39d7dafb *_wp_args,
    wp_args_stochastic_coverage_39d7dafb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    stochastic_coverage_39d7dafb_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void stochastic_coverage_39d7dafb_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_stochastic_coverage_39d7dafb *_wp_args,
    wp_args_stochastic_coverage_39d7dafb *_wp_adj_args)
{
    stochastic_coverage_39d7dafb_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

