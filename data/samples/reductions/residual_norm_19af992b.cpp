// Warp 1.19.0 cpu code for residual_norm_19af992b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_residual_norm_4a8fbe5f {
    wp::array_t<wp::vec_t<2, wp::float32>> vectors;
    wp::int32 active_count;
    wp::array_t<wp::float32> accum;
};


template <bool wp_linear_contiguous>
static void residual_norm_4a8fbe5f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_residual_norm_4a8fbe5f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_residual_norm_4a8fbe5f wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.vectors.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.accum.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_vectors = _wp_args->vectors;
    wp::int32 var_active_count = _wp_args->active_count;
    wp::array_t<wp::float32> var_accum = _wp_args->accum;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::vec_t<2, wp::float32>* var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def residual_norm(vectors: wp.array[wp.vec2], active_count: wp.int32, accum: wp.array[float]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // if tid >= active_count:                                                                <L 7>
    var_1 = (var_0 >= var_active_count);
    if (var_1) {
        // return                                                                             <L 8>
        return;
    }
    // wp.atomic_max(accum, 0, wp.max(wp.abs(vectors[tid])))                                  <L 11>
    var_3 = wp::address(var_vectors, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::abs(var_5);
    var_6 = wp::max(var_4);
    var_7 = wp::atomic_max(var_accum, var_2, var_6);
}



template <bool wp_linear_contiguous>
static void residual_norm_4a8fbe5f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_residual_norm_4a8fbe5f *_wp_args,
    wp_args_residual_norm_4a8fbe5f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_residual_norm_4a8fbe5f wp_contiguous_args;
    wp_args_residual_norm_4a8fbe5f wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.vectors.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.vectors.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.accum.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.accum.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_vectors = _wp_args->vectors;
    wp::int32 var_active_count = _wp_args->active_count;
    wp::array_t<wp::float32> var_accum = _wp_args->accum;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vectors = _wp_adj_args->vectors;
    wp::int32 adj_active_count = _wp_adj_args->active_count;
    wp::array_t<wp::float32> adj_accum = _wp_adj_args->accum;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::vec_t<2, wp::float32>* var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def residual_norm(vectors: wp.array[wp.vec2], active_count: wp.int32, accum: wp.array[float]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // if tid >= active_count:                                                                <L 7>
    var_1 = (var_0 >= var_active_count);
    if (var_1) {
        // return                                                                             <L 8>
        goto label0;
    }
    // wp.atomic_max(accum, 0, wp.max(wp.abs(vectors[tid])))                                  <L 11>
    var_3 = wp::address(var_vectors, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::abs(var_5);
    var_6 = wp::max(var_4);
    // var_7 = wp::atomic_max(var_accum, var_2, var_6);
    //---------
    // reverse
    wp::adj_atomic_max(var_accum, var_2, var_6, adj_accum, adj_2, adj_6, adj_7);
    wp::adj_max(var_4, adj_4, adj_6);
    wp::adj_abs(var_5, adj_3, adj_4);
    wp::adj_address(var_vectors, var_0, adj_vectors, adj_0, adj_3);
    // adj: wp.atomic_max(accum, 0, wp.max(wp.abs(vectors[tid])))                             <L 11>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 8>
    }
    // adj: if tid >= active_count:                                                           <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def residual_norm(vectors: wp.array[wp.vec2], active_count: wp.int32, accum: wp.array[float]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void residual_norm_4a8fbe5f_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_residual_norm_4a8fbe5f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        residual_norm_4a8fbe5f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void residual_norm_4a8fbe5f_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_residual_norm_4a8fbe5f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->vectors.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->accum.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        residual_norm_4a8fbe5f_cpu_forward_tasks<true>(dim, _wp_args);
    else
        residual_norm_4a8fbe5f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void residual_norm_4a8fbe5f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_residual_norm_4a8fbe5f *_wp_args)
{
    residual_norm_4a8fbe5f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void residual_norm_4a8fbe5f_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_residual_norm_4a8fbe5f *_wp_args,
    wp_args_residual_norm_4a8fbe5f *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        residual_norm_4a8fbe5f_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void residual_norm_4a8fbe5f_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_residual_norm_4a8fbe5f *_wp_args,
    wp_args_residual_norm_4a8fbe5f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->vectors.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->vectors.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->accum.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->accum.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        residual_norm_4a8fbe5f_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        residual_norm_4a8fbe5f_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void residual_norm_4a8fbe5f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_residual_norm_4a8fbe5f *_wp_args,
    wp_args_residual_norm_4a8fbe5f *_wp_adj_args)
{
    residual_norm_4a8fbe5f_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

