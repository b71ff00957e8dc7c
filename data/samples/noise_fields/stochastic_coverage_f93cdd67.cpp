// Warp 1.19.0 cpu code for stochastic_coverage_f93cdd67.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_stochastic_coverage_a3009904 {
    wp::array_t<wp::int32> mask;
    wp::int32 seed;
    wp::float32 freq;
    wp::vec_t<2, wp::float32> scroll;
    wp::float32 time;
};


template <bool wp_linear_contiguous>
static void stochastic_coverage_a3009904_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_stochastic_coverage_a3009904 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_mask = _wp_args->mask;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::vec_t<2, wp::float32> var_scroll = _wp_args->scroll;
    wp::float32 var_time = _wp_args->time;
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
    const wp::int32 var_16 = 64;
    const wp::int32 var_17 = 64;
    wp::float32 var_18;
    const wp::float32 var_19 = 1.0;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    const wp::float32 var_23 = 1.0;
    wp::float32 var_24;
    wp::float32 var_25;
    bool var_26;
    const wp::int32 var_27 = 1;
    const wp::int32 var_28 = 0;
    //---------
    // forward
    // def stochastic_coverage(                                                               <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // width = mask.shape[0]                                                                  <L 13>
    var_2 = &(var_mask.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // state = wp.rand_init(seed, j * width + i)                                              <L 14>
    var_6 = wp::mul(var_1, var_4);
    var_7 = wp::add(var_6, var_0);
    var_8 = wp::rand_init(var_seed, var_7);
    // probability = wp.clamp(0.5 * (wp.pnoise(state, wp.vec2(float(i), float(j)) * freq + scroll * time, 64, 64) + 1.0), 0.0, 1.0)       <L 17>
    var_10 = wp::float(var_0);
    var_11 = wp::float(var_1);
    var_12 = wp::vec_t<2, wp::float32>(var_10, var_11);
    var_13 = wp::mul(var_12, var_freq);
    var_14 = wp::mul(var_scroll, var_time);
    var_15 = wp::add(var_13, var_14);
    var_18 = wp::pnoise(var_8, var_15, var_16, var_17);
    var_20 = wp::add(var_18, var_19);
    var_21 = wp::mul(var_9, var_20);
    var_24 = wp::clamp(var_21, var_22, var_23);
    // if wp.randf(state) < probability:                                                      <L 18>
    var_25 = wp::randf(var_8);
    var_26 = (var_25 < var_24);
    if (var_26) {
        // mask[i, j] = 1                                                                     <L 19>
        wp::array_store(var_mask, var_0, var_1, var_27);
    }
    if (!var_26) {
        // mask[i, j] = 0                                                                     <L 21>
        wp::array_store(var_mask, var_0, var_1, var_28);
    }
}



template <bool wp_linear_contiguous>
static void stochastic_coverage_a3009904_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_stochastic_coverage_a3009904 *_wp_args,
    wp_args_stochastic_coverage_a3009904 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_mask = _wp_args->mask;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::vec_t<2, wp::float32> var_scroll = _wp_args->scroll;
    wp::float32 var_time = _wp_args->time;
    wp::array_t<wp::int32> adj_mask = _wp_adj_args->mask;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_freq = _wp_adj_args->freq;
    wp::vec_t<2, wp::float32> adj_scroll = _wp_adj_args->scroll;
    wp::float32 adj_time = _wp_adj_args->time;
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
    const wp::int32 var_16 = 64;
    const wp::int32 var_17 = 64;
    wp::float32 var_18;
    const wp::float32 var_19 = 1.0;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    const wp::float32 var_23 = 1.0;
    wp::float32 var_24;
    wp::float32 var_25;
    bool var_26;
    const wp::int32 var_27 = 1;
    const wp::int32 var_28 = 0;
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
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    //---------
    // forward
    // def stochastic_coverage(                                                               <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // width = mask.shape[0]                                                                  <L 13>
    var_2 = &(var_mask.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // state = wp.rand_init(seed, j * width + i)                                              <L 14>
    var_6 = wp::mul(var_1, var_4);
    var_7 = wp::add(var_6, var_0);
    var_8 = wp::rand_init(var_seed, var_7);
    // probability = wp.clamp(0.5 * (wp.pnoise(state, wp.vec2(float(i), float(j)) * freq + scroll * time, 64, 64) + 1.0), 0.0, 1.0)       <L 17>
    var_10 = wp::float(var_0);
    var_11 = wp::float(var_1);
    var_12 = wp::vec_t<2, wp::float32>(var_10, var_11);
    var_13 = wp::mul(var_12, var_freq);
    var_14 = wp::mul(var_scroll, var_time);
    var_15 = wp::add(var_13, var_14);
    var_18 = wp::pnoise(var_8, var_15, var_16, var_17);
    var_20 = wp::add(var_18, var_19);
    var_21 = wp::mul(var_9, var_20);
    var_24 = wp::clamp(var_21, var_22, var_23);
    // if wp.randf(state) < probability:                                                      <L 18>
    var_25 = wp::randf(var_8);
    var_26 = (var_25 < var_24);
    if (var_26) {
        // mask[i, j] = 1                                                                     <L 19>
        // wp::array_store(var_mask, var_0, var_1, var_27);
    }
    if (!var_26) {
        // mask[i, j] = 0                                                                     <L 21>
        // wp::array_store(var_mask, var_0, var_1, var_28);
    }
    //---------
    // reverse
    if (!var_26) {
        wp::adj_array_store(var_mask, var_0, var_1, var_28, adj_mask, adj_0, adj_1, adj_28);
        // adj: mask[i, j] = 0                                                                <L 21>
    }
    if (var_26) {
        wp::adj_array_store(var_mask, var_0, var_1, var_27, adj_mask, adj_0, adj_1, adj_27);
        // adj: mask[i, j] = 1                                                                <L 19>
    }
    // adj: if wp.randf(state) < probability:                                                 <L 18>
    wp::adj_clamp(var_21, var_22, var_23, adj_21, adj_22, adj_23, adj_24);
    wp::adj_mul(var_9, var_20, adj_9, adj_20, adj_21);
    wp::adj_add(var_18, var_19, adj_18, adj_19, adj_20);
    wp::adj_pnoise(var_8, var_15, var_16, var_17, adj_8, adj_15, adj_16, adj_17, adj_18);
    wp::adj_add(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_mul(var_scroll, var_time, adj_scroll, adj_time, adj_14);
    wp::adj_mul(var_12, var_freq, adj_12, adj_freq, adj_13);
    wp::adj_vec_t(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_float(var_1, adj_1, adj_11);
    wp::adj_float(var_0, adj_0, adj_10);
    // adj: probability = wp.clamp(0.5 * (wp.pnoise(state, wp.vec2(float(i), float(j)) * freq + scroll * time, 64, 64) + 1.0), 0.0, 1.0)  <L 17>
    wp::adj_add(var_6, var_0, adj_6, adj_0, adj_7);
    wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_6);
    // adj: state = wp.rand_init(seed, j * width + i)                                         <L 14>
    adj_mask.shape = adj_2;
    // adj: width = mask.shape[0]                                                             <L 13>
    // adj: i, j = wp.tid()                                                                   <L 12>
    // adj: def stochastic_coverage(                                                          <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void stochastic_coverage_a3009904_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_stochastic_coverage_a3009904 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        stochastic_coverage_a3009904_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void stochastic_coverage_a3009904_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_stochastic_coverage_a3009904 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    stochastic_coverage_a3009904_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void stochastic_coverage_a3009904_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_stochastic_coverage_a3009904 *_wp_args)
{
    stochastic_coverage_a3009904_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void stochastic_coverage_a3009904_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_stochastic_coverage_a3009904 *_wp_args,
    wp_args_stochastic_coverage_a3009904 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        stochastic_coverage_a3009904_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void stochastic_coverage_a3009904_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_stochastic_coverage_a3009904 *_wp_args,
    wp_args_stochastic_coverage_a3009904 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    stochastic_coverage_a3009904_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void stochastic_coverage_a3009904_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_stochastic_coverage_a3009904 *_wp_args,
    wp_args_stochastic_coverage_a3009904 *_wp_adj_args)
{
    stochastic_coverage_a3009904_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

