// Warp 1.19.0 cpu code for emit_positions_b8326972.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_emit_positions_005f7c8c {
    wp::array_t<wp::int32> active;
    wp::int32 seed;
    wp::vec_t<3, wp::float32> center;
    wp::float32 radius;
    wp::array_t<wp::vec_t<3, wp::float32>> samples;
};


template <bool wp_linear_contiguous>
static void emit_positions_005f7c8c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_emit_positions_005f7c8c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_emit_positions_005f7c8c wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::int32 var_seed = _wp_args->seed;
    wp::vec_t<3, wp::float32> var_center = _wp_args->center;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::uint32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // forward
    // def emit_positions(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if active[tid] == 0:                                                                   <L 13>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 14>
        return;
    }
    // rng = wp.rand_init(seed, tid)                                                          <L 15>
    var_5 = wp::rand_init(var_seed, var_0);
    // samples[tid] = center + wp.sample_unit_sphere(rng) * radius                            <L 16>
    var_6 = wp::sample_unit_sphere(var_5);
    var_7 = wp::mul(var_6, var_radius);
    var_8 = wp::add(var_center, var_7);
    wp::array_store(var_samples, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void emit_positions_005f7c8c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_emit_positions_005f7c8c *_wp_args,
    wp_args_emit_positions_005f7c8c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_emit_positions_005f7c8c wp_contiguous_args;
    wp_args_emit_positions_005f7c8c wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::int32 var_seed = _wp_args->seed;
    wp::vec_t<3, wp::float32> var_center = _wp_args->center;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::vec_t<3, wp::float32> adj_center = _wp_adj_args->center;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples = _wp_adj_args->samples;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::uint32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::uint32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    //---------
    // forward
    // def emit_positions(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if active[tid] == 0:                                                                   <L 13>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 14>
        goto label0;
    }
    // rng = wp.rand_init(seed, tid)                                                          <L 15>
    var_5 = wp::rand_init(var_seed, var_0);
    // samples[tid] = center + wp.sample_unit_sphere(rng) * radius                            <L 16>
    var_6 = wp::sample_unit_sphere(var_5);
    var_7 = wp::mul(var_6, var_radius);
    var_8 = wp::add(var_center, var_7);
    // wp::array_store(var_samples, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_samples, var_0, var_8, adj_samples, adj_0, adj_8);
    wp::adj_add(var_center, var_7, adj_center, adj_7, adj_8);
    wp::adj_mul(var_6, var_radius, adj_6, adj_radius, adj_7);
    // adj: samples[tid] = center + wp.sample_unit_sphere(rng) * radius                       <L 16>
    // adj: rng = wp.rand_init(seed, tid)                                                     <L 15>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 14>
    }
    wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
    // adj: if active[tid] == 0:                                                              <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def emit_positions(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void emit_positions_005f7c8c_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_positions_005f7c8c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        emit_positions_005f7c8c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void emit_positions_005f7c8c_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_positions_005f7c8c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        emit_positions_005f7c8c_cpu_forward_tasks<true>(dim, _wp_args);
    else
        emit_positions_005f7c8c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void emit_positions_005f7c8c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_positions_005f7c8c *_wp_args)
{
    emit_positions_005f7c8c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void emit_positions_005f7c8c_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_positions_005f7c8c *_wp_args,
    wp_args_emit_positions_005f7c8c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        emit_positions_005f7c8c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void emit_positions_005f7c8c_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_positions_005f7c8c *_wp_args,
    wp_args_emit_positions_005f7c8c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        emit_positions_005f7c8c_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        emit_positions_005f7c8c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void emit_positions_005f7c8c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_positions_005f7c8c *_wp_args,
    wp_args_emit_positions_005f7c8c *_wp_adj_args)
{
    emit_positions_005f7c8c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

