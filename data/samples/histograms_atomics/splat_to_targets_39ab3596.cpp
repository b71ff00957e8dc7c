// Warp 1.19.0 cpu code for splat_to_targets_39ab3596.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_splat_to_targets_2f49ae04 {
    wp::array_t<wp::int32> perm;
    wp::array_t<wp::vec_t<3, wp::float32>> contributions;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void splat_to_targets_2f49ae04_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_splat_to_targets_2f49ae04 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_splat_to_targets_2f49ae04 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.perm.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contributions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_perm = _wp_args->perm;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contributions = _wp_args->contributions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def splat_to_targets(perm: wp.array[int], contributions: wp.array[wp.vec3], out: wp.array[wp.vec3]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // idx = perm[tid]                                                                        <L 7>
    var_1 = wp::address(var_perm, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // contrib = contributions[tid]                                                           <L 8>
    var_4 = wp::address(var_contributions, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(out, idx, contrib)                                                       <L 9>
    var_7 = wp::atomic_add(var_out, var_2, var_5);
}



template <bool wp_linear_contiguous>
static void splat_to_targets_2f49ae04_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_splat_to_targets_2f49ae04 *_wp_args,
    wp_args_splat_to_targets_2f49ae04 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_splat_to_targets_2f49ae04 wp_contiguous_args;
    wp_args_splat_to_targets_2f49ae04 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.perm.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.perm.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contributions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.contributions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_perm = _wp_args->perm;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contributions = _wp_args->contributions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_perm = _wp_adj_args->perm;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contributions = _wp_adj_args->contributions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def splat_to_targets(perm: wp.array[int], contributions: wp.array[wp.vec3], out: wp.array[wp.vec3]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // idx = perm[tid]                                                                        <L 7>
    var_1 = wp::address(var_perm, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // contrib = contributions[tid]                                                           <L 8>
    var_4 = wp::address(var_contributions, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(out, idx, contrib)                                                       <L 9>
    // var_7 = wp::atomic_add(var_out, var_2, var_5);
    //---------
    // reverse
    wp::adj_atomic_add(var_out, var_2, var_5, adj_out, adj_2, adj_5, adj_7);
    // adj: wp.atomic_add(out, idx, contrib)                                                  <L 9>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_contributions, var_0, adj_contributions, adj_0, adj_4);
    // adj: contrib = contributions[tid]                                                      <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_perm, var_0, adj_perm, adj_0, adj_1);
    // adj: idx = perm[tid]                                                                   <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def splat_to_targets(perm: wp.array[int], contributions: wp.array[wp.vec3], out: wp.array[wp.vec3]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void splat_to_targets_2f49ae04_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_splat_to_targets_2f49ae04 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        splat_to_targets_2f49ae04_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void splat_to_targets_2f49ae04_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_splat_to_targets_2f49ae04 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->perm.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contributions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        splat_to_targets_2f49ae04_cpu_forward_tasks<true>(dim, _wp_args);
    else
        splat_to_targets_2f49ae04_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void splat_to_targets_2f49ae04_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_splat_to_targets_2f49ae04 *_wp_args)
{
    splat_to_targets_2f49ae04_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void splat_to_targets_2f49ae04_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_splat_to_targets_2f49ae04 *_wp_args,
    wp_args_splat_to_targets_2f49ae04 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        splat_to_targets_2f49ae04_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void splat_to_targets_2f49ae04_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_splat_to_targets_2f49ae04 *_wp_args,
    wp_args_splat_to_targets_2f49ae04 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->perm.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->perm.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contributions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->contributions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        splat_to_targets_2f49ae04_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        splat_to_targets_2f49ae04_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void splat_to_targets_2f49ae04_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_splat_to_targets_2f49ae04 *_wp_args,
    wp_args_splat_to_targets_2f49ae04 *_wp_adj_args)
{
    splat_to_targets_2f49ae04_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

