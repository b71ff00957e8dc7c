// Warp 1.19.0 cpu code for perturb_heights_e5968742.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

// perturb_heights.py:4
static wp::float32 fbm_0(
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
    // def fbm(state: wp.uint32, p: wp.vec2, octaves: int, gain: float):                      <L 5>
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


// perturb_heights.py:4
static void adj_fbm_0(
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
    // def fbm(state: wp.uint32, p: wp.vec2, octaves: int, gain: float):                      <L 5>
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
    // adj: def fbm(state: wp.uint32, p: wp.vec2, octaves: int, gain: float):                 <L 5>
    return;
}

struct wp_args_perturb_heights_5213fa0b {
    wp::array_t<wp::float32> heights;
    wp::int32 seed;
    wp::float32 freq;
    wp::int32 octaves;
    wp::float32 amplitude;
};


template <bool wp_linear_contiguous>
static void perturb_heights_5213fa0b_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_perturb_heights_5213fa0b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_heights = _wp_args->heights;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::int32 var_octaves = _wp_args->octaves;
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
    const wp::float32 var_10 = 0.5;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def perturb_heights(                                                                   <L 16>
    // i, j = wp.tid()                                                                        <L 23>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 24>
    var_2 = wp::rand_init(var_seed);
    // ground = heights[i, j]                                                                 <L 25>
    var_3 = wp::address(var_heights, var_0, var_1);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // heights[i, j] = ground + amplitude * fbm(state, wp.vec2(float(i), float(j)) * freq, octaves, 0.5)       <L 26>
    var_6 = wp::float(var_0);
    var_7 = wp::float(var_1);
    var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
    var_9 = wp::mul(var_8, var_freq);
    var_11 = fbm_0(var_2, var_9, var_octaves, var_10);
    var_12 = wp::mul(var_amplitude, var_11);
    var_13 = wp::add(var_4, var_12);
    wp::array_store(var_heights, var_0, var_1, var_13);
}



template <bool wp_linear_contiguous>
static void perturb_heights_5213fa0b_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_perturb_heights_5213fa0b *_wp_args,
    wp_args_perturb_heights_5213fa0b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_heights = _wp_args->heights;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::int32 var_octaves = _wp_args->octaves;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> adj_heights = _wp_adj_args->heights;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_freq = _wp_adj_args->freq;
    wp::int32 adj_octaves = _wp_adj_args->octaves;
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
    const wp::float32 var_10 = 0.5;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
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
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def perturb_heights(                                                                   <L 16>
    // i, j = wp.tid()                                                                        <L 23>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 24>
    var_2 = wp::rand_init(var_seed);
    // ground = heights[i, j]                                                                 <L 25>
    var_3 = wp::address(var_heights, var_0, var_1);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // heights[i, j] = ground + amplitude * fbm(state, wp.vec2(float(i), float(j)) * freq, octaves, 0.5)       <L 26>
    var_6 = wp::float(var_0);
    var_7 = wp::float(var_1);
    var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
    var_9 = wp::mul(var_8, var_freq);
    var_11 = fbm_0(var_2, var_9, var_octaves, var_10);
    var_12 = wp::mul(var_amplitude, var_11);
    var_13 = wp::add(var_4, var_12);
    // wp::array_store(var_heights, var_0, var_1, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_heights, var_0, var_1, var_13, adj_heights, adj_0, adj_1, adj_13);
    wp::adj_add(var_4, var_12, adj_4, adj_12, adj_13);
    wp::adj_mul(var_amplitude, var_11, adj_amplitude, adj_11, adj_12);
    adj_fbm_0(var_2, var_9, var_octaves, var_10, adj_2, adj_9, adj_octaves, adj_10, adj_11);
    wp::adj_mul(var_8, var_freq, adj_8, adj_freq, adj_9);
    wp::adj_vec_t(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_float(var_1, adj_1, adj_7);
    wp::adj_float(var_0, adj_0, adj_6);
    // adj: heights[i, j] = ground + amplitude * fbm(state, wp.vec2(float(i), float(j)) * freq, octaves, 0.5)  <L 26>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_heights, var_0, var_1, adj_heights, adj_0, adj_1, adj_3);
    // adj: ground = heights[i, j]                                                            <L 25>
    // adj: state = wp.rand_init(seed)                                                        <L 24>
    // adj: i, j = wp.tid()                                                                   <L 23>
    // adj: def perturb_heights(                                                              <L 16>
    return;
}



struct perturb_heights_5213fa0b_cpu_block_payload_forward
{
    wp_args_perturb_heights_5213fa0b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void perturb_heights_5213fa0b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    perturb_heights_5213fa0b_cpu_block_payload_forward* payload = (perturb_heights_5213fa0b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    perturb_heights_5213fa0b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void perturb_heights_5213fa0b_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_perturb_heights_5213fa0b *_wp_args)
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
        perturb_heights_5213fa0b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &perturb_heights_5213fa0b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct perturb_heights_5213fa0b_cpu_block_payload_backward
{
    wp_args_perturb_heights_5213fa0b* args;
    wp_args_perturb_heights_5213fa0b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void perturb_heights_5213fa0b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    perturb_heights_5213fa0b_cpu_block_payload_backward* payload = (perturb_heights_5213fa0b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    perturb_heights_5213fa0b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void perturb_heights_5213fa0b_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_perturb_heights_5213fa0b *_wp_args,
    wp_args_perturb_heights_5213fa0b *_wp_adj_args)
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
        perturb_heights_5213fa0b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &perturb_heights_5213fa0b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

