// Warp 1.19.0 cpu code for jitter_positions_d631a8eb.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_jitter_positions_748df849 {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::int32 rng_seed;
    wp::float32 scale;
};


template <bool wp_linear_contiguous>
static void jitter_positions_748df849_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_jitter_positions_748df849 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_jitter_positions_748df849 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_scale = _wp_args->scale;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def jitter_positions(positions: wp.array[wp.vec3], rng_seed: int, scale: float):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(rng_seed, tid)                                                      <L 8>
    var_1 = wp::rand_init(var_rng_seed, var_0);
    // x = positions[tid]                                                                     <L 9>
    var_2 = wp::address(var_positions, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // positions[tid] = x + scale * wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))       <L 10>
    var_5 = wp::randn(var_1);
    var_6 = wp::randn(var_1);
    var_7 = wp::randn(var_1);
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_9 = wp::mul(var_scale, var_8);
    var_10 = wp::add(var_3, var_9);
    wp::array_store(var_positions, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void jitter_positions_748df849_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_jitter_positions_748df849 *_wp_args,
    wp_args_jitter_positions_748df849 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_jitter_positions_748df849 wp_contiguous_args;
    wp_args_jitter_positions_748df849 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_scale = _wp_args->scale;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::int32 adj_rng_seed = _wp_adj_args->rng_seed;
    wp::float32 adj_scale = _wp_adj_args->scale;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    //---------
    // forward
    // def jitter_positions(positions: wp.array[wp.vec3], rng_seed: int, scale: float):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(rng_seed, tid)                                                      <L 8>
    var_1 = wp::rand_init(var_rng_seed, var_0);
    // x = positions[tid]                                                                     <L 9>
    var_2 = wp::address(var_positions, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // positions[tid] = x + scale * wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))       <L 10>
    var_5 = wp::randn(var_1);
    var_6 = wp::randn(var_1);
    var_7 = wp::randn(var_1);
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_9 = wp::mul(var_scale, var_8);
    var_10 = wp::add(var_3, var_9);
    // wp::array_store(var_positions, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_positions, var_0, var_10, adj_positions, adj_0, adj_10);
    wp::adj_add(var_3, var_9, adj_3, adj_9, adj_10);
    wp::adj_mul(var_scale, var_8, adj_scale, adj_8, adj_9);
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    // adj: positions[tid] = x + scale * wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))  <L 10>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_2);
    // adj: x = positions[tid]                                                                <L 9>
    // adj: rng = wp.rand_init(rng_seed, tid)                                                 <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def jitter_positions(positions: wp.array[wp.vec3], rng_seed: int, scale: float):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void jitter_positions_748df849_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_jitter_positions_748df849 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        jitter_positions_748df849_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void jitter_positions_748df849_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_jitter_positions_748df849 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        jitter_positions_748df849_cpu_forward_tasks<true>(dim, _wp_args);
    else
        jitter_positions_748df849_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void jitter_positions_748df849_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_jitter_positions_748df849 *_wp_args)
{
    jitter_positions_748df849_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void jitter_positions_748df849_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_jitter_positions_748df849 *_wp_args,
    wp_args_jitter_positions_748df849 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        jitter_positions_748df849_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void jitter_positions_748df849_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_jitter_positions_748df849 *_wp_args,
    wp_args_jitter_positions_748df849 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        jitter_positions_748df849_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        jitter_positions_748df849_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void jitter_positions_748df849_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_jitter_positions_748df849 *_wp_args,
    wp_args_jitter_positions_748df849 *_wp_adj_args)
{
    jitter_positions_748df849_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

