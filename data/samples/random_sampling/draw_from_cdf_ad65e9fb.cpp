// Warp 1.19.0 cpu code for draw_from_cdf_ad65e9fb.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_draw_from_cdf_2d004562 {
    wp::array_t<wp::float32> probabilities;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> samples;
    wp::int32 seed;
    wp::float32 strength;
};


template <bool wp_linear_contiguous>
static void draw_from_cdf_2d004562_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_draw_from_cdf_2d004562 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_draw_from_cdf_2d004562 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.probabilities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_probabilities = _wp_args->probabilities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_strength = _wp_args->strength;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::int32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def draw_from_cdf(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 14>
    var_1 = wp::rand_init(var_seed, var_0);
    // index = wp.sample_cdf(rng, probabilities)                                              <L 15>
    var_2 = wp::sample_cdf(var_1, var_probabilities);
    // samples[tid] = positions[index] + wp.sample_unit_cube(rng) * strength                  <L 17>
    var_3 = wp::address(var_positions, var_2);
    var_4 = wp::sample_unit_cube(var_1);
    var_5 = wp::mul(var_4, var_strength);
    var_7 = wp::load(var_3);
    var_6 = wp::add(var_7, var_5);
    wp::array_store(var_samples, var_0, var_6);
}



template <bool wp_linear_contiguous>
static void draw_from_cdf_2d004562_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_draw_from_cdf_2d004562 *_wp_args,
    wp_args_draw_from_cdf_2d004562 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_draw_from_cdf_2d004562 wp_contiguous_args;
    wp_args_draw_from_cdf_2d004562 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.probabilities.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.probabilities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_probabilities = _wp_args->probabilities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_strength = _wp_args->strength;
    wp::array_t<wp::float32> adj_probabilities = _wp_adj_args->probabilities;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples = _wp_adj_args->samples;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_strength = _wp_adj_args->strength;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::int32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def draw_from_cdf(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 14>
    var_1 = wp::rand_init(var_seed, var_0);
    // index = wp.sample_cdf(rng, probabilities)                                              <L 15>
    var_2 = wp::sample_cdf(var_1, var_probabilities);
    // samples[tid] = positions[index] + wp.sample_unit_cube(rng) * strength                  <L 17>
    var_3 = wp::address(var_positions, var_2);
    var_4 = wp::sample_unit_cube(var_1);
    var_5 = wp::mul(var_4, var_strength);
    var_7 = wp::load(var_3);
    var_6 = wp::add(var_7, var_5);
    // wp::array_store(var_samples, var_0, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_samples, var_0, var_6, adj_samples, adj_0, adj_6);
    wp::adj_add(var_7, var_5, adj_3, adj_5, adj_6);
    wp::adj_mul(var_4, var_strength, adj_4, adj_strength, adj_5);
    wp::adj_address(var_positions, var_2, adj_positions, adj_2, adj_3);
    // adj: samples[tid] = positions[index] + wp.sample_unit_cube(rng) * strength             <L 17>
    // adj: index = wp.sample_cdf(rng, probabilities)                                         <L 15>
    // adj: rng = wp.rand_init(seed, tid)                                                     <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def draw_from_cdf(                                                                <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void draw_from_cdf_2d004562_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_from_cdf_2d004562 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        draw_from_cdf_2d004562_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void draw_from_cdf_2d004562_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_from_cdf_2d004562 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->probabilities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        draw_from_cdf_2d004562_cpu_forward_tasks<true>(dim, _wp_args);
    else
        draw_from_cdf_2d004562_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void draw_from_cdf_2d004562_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_from_cdf_2d004562 *_wp_args)
{
    draw_from_cdf_2d004562_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void draw_from_cdf_2d004562_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_from_cdf_2d004562 *_wp_args,
    wp_args_draw_from_cdf_2d004562 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        draw_from_cdf_2d004562_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void draw_from_cdf_2d004562_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_from_cdf_2d004562 *_wp_args,
    wp_args_draw_from_cdf_2d004562 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->probabilities.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->probabilities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        draw_from_cdf_2d004562_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        draw_from_cdf_2d004562_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void draw_from_cdf_2d004562_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_from_cdf_2d004562 *_wp_args,
    wp_args_draw_from_cdf_2d004562 *_wp_adj_args)
{
    draw_from_cdf_2d004562_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

