// Warp 1.19.0 cpu code for generate_samples_68c3133f.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_generate_samples_2f80be0a {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::int32 rng_seed;
    wp::float32 smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> points_out;
};


template <bool wp_linear_contiguous>
static void generate_samples_2f80be0a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_generate_samples_2f80be0a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_generate_samples_2f80be0a wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.points_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out = _wp_args->points_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // forward
    // def generate_samples(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(rng_seed, tid)                                                      <L 12>
    var_1 = wp::rand_init(var_rng_seed, var_0);
    // points_out[tid] = positions[tid] + wp.sample_unit_sphere_surface(rng) * smoothing_length       <L 13>
    var_2 = wp::address(var_positions, var_0);
    var_3 = wp::sample_unit_sphere_surface(var_1);
    var_4 = wp::mul(var_3, var_smoothing_length);
    var_6 = wp::load(var_2);
    var_5 = wp::add(var_6, var_4);
    wp::array_store(var_points_out, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void generate_samples_2f80be0a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_generate_samples_2f80be0a *_wp_args,
    wp_args_generate_samples_2f80be0a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_generate_samples_2f80be0a wp_contiguous_args;
    wp_args_generate_samples_2f80be0a wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.points_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out = _wp_args->points_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::int32 adj_rng_seed = _wp_adj_args->rng_seed;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points_out = _wp_adj_args->points_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    //---------
    // forward
    // def generate_samples(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(rng_seed, tid)                                                      <L 12>
    var_1 = wp::rand_init(var_rng_seed, var_0);
    // points_out[tid] = positions[tid] + wp.sample_unit_sphere_surface(rng) * smoothing_length       <L 13>
    var_2 = wp::address(var_positions, var_0);
    var_3 = wp::sample_unit_sphere_surface(var_1);
    var_4 = wp::mul(var_3, var_smoothing_length);
    var_6 = wp::load(var_2);
    var_5 = wp::add(var_6, var_4);
    // wp::array_store(var_points_out, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_points_out, var_0, var_5, adj_points_out, adj_0, adj_5);
    wp::adj_add(var_6, var_4, adj_2, adj_4, adj_5);
    wp::adj_mul(var_3, var_smoothing_length, adj_3, adj_smoothing_length, adj_4);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_2);
    // adj: points_out[tid] = positions[tid] + wp.sample_unit_sphere_surface(rng) * smoothing_length  <L 13>
    // adj: rng = wp.rand_init(rng_seed, tid)                                                 <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def generate_samples(                                                             <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void generate_samples_2f80be0a_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_generate_samples_2f80be0a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        generate_samples_2f80be0a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void generate_samples_2f80be0a_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_generate_samples_2f80be0a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->points_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        generate_samples_2f80be0a_cpu_forward_tasks<true>(dim, _wp_args);
    else
        generate_samples_2f80be0a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void generate_samples_2f80be0a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_generate_samples_2f80be0a *_wp_args)
{
    generate_samples_2f80be0a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void generate_samples_2f80be0a_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_generate_samples_2f80be0a *_wp_args,
    wp_args_generate_samples_2f80be0a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        generate_samples_2f80be0a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void generate_samples_2f80be0a_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_generate_samples_2f80be0a *_wp_args,
    wp_args_generate_samples_2f80be0a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->points_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        generate_samples_2f80be0a_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        generate_samples_2f80be0a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void generate_samples_2f80be0a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_generate_samples_2f80be0a *_wp_args,
    wp_args_generate_samples_2f80be0a *_wp_adj_args)
{
    generate_samples_2f80be0a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

