// Warp 1.19.0 cpu code for emit_positions_a65b6722.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_emit_positions_fdee0c18 {
    wp::array_t<wp::vec_t<3, wp::float32>> shape_centers;
    wp::array_t<wp::vec_t<3, wp::float32>> sample_points;
    wp::int32 seed;
    wp::float32 particle_radius;
};


template <bool wp_linear_contiguous>
static void emit_positions_fdee0c18_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_emit_positions_fdee0c18 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_emit_positions_fdee0c18 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.shape_centers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.sample_points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_centers = _wp_args->shape_centers;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sample_points = _wp_args->sample_points;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
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
    // def emit_positions(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 12>
    var_1 = wp::rand_init(var_seed, var_0);
    // sample_points[tid] = shape_centers[tid] + wp.sample_unit_sphere(rng) * particle_radius       <L 13>
    var_2 = wp::address(var_shape_centers, var_0);
    var_3 = wp::sample_unit_sphere(var_1);
    var_4 = wp::mul(var_3, var_particle_radius);
    var_6 = wp::load(var_2);
    var_5 = wp::add(var_6, var_4);
    wp::array_store(var_sample_points, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void emit_positions_fdee0c18_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_emit_positions_fdee0c18 *_wp_args,
    wp_args_emit_positions_fdee0c18 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_emit_positions_fdee0c18 wp_contiguous_args;
    wp_args_emit_positions_fdee0c18 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.shape_centers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.shape_centers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.sample_points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.sample_points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_centers = _wp_args->shape_centers;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sample_points = _wp_args->sample_points;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_shape_centers = _wp_adj_args->shape_centers;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sample_points = _wp_adj_args->sample_points;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
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
    // def emit_positions(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 12>
    var_1 = wp::rand_init(var_seed, var_0);
    // sample_points[tid] = shape_centers[tid] + wp.sample_unit_sphere(rng) * particle_radius       <L 13>
    var_2 = wp::address(var_shape_centers, var_0);
    var_3 = wp::sample_unit_sphere(var_1);
    var_4 = wp::mul(var_3, var_particle_radius);
    var_6 = wp::load(var_2);
    var_5 = wp::add(var_6, var_4);
    // wp::array_store(var_sample_points, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_sample_points, var_0, var_5, adj_sample_points, adj_0, adj_5);
    wp::adj_add(var_6, var_4, adj_2, adj_4, adj_5);
    wp::adj_mul(var_3, var_particle_radius, adj_3, adj_particle_radius, adj_4);
    wp::adj_address(var_shape_centers, var_0, adj_shape_centers, adj_0, adj_2);
    // adj: sample_points[tid] = shape_centers[tid] + wp.sample_unit_sphere(rng) * particle_radius  <L 13>
    // adj: rng = wp.rand_init(seed, tid)                                                     <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def emit_positions(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void emit_positions_fdee0c18_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_positions_fdee0c18 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        emit_positions_fdee0c18_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void emit_positions_fdee0c18_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_positions_fdee0c18 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->shape_centers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->sample_points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        emit_positions_fdee0c18_cpu_forward_tasks<true>(dim, _wp_args);
    else
        emit_positions_fdee0c18_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void emit_positions_fdee0c18_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_positions_fdee0c18 *_wp_args)
{
    emit_positions_fdee0c18_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void emit_positions_fdee0c18_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_positions_fdee0c18 *_wp_args,
    wp_args_emit_positions_fdee0c18 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        emit_positions_fdee0c18_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void emit_positions_fdee0c18_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_positions_fdee0c18 *_wp_args,
    wp_args_emit_positions_fdee0c18 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->shape_centers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->shape_centers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->sample_points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->sample_points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        emit_positions_fdee0c18_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        emit_positions_fdee0c18_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void emit_positions_fdee0c18_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_positions_fdee0c18 *_wp_args,
    wp_args_emit_positions_fdee0c18 *_wp_adj_args)
{
    emit_positions_fdee0c18_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

