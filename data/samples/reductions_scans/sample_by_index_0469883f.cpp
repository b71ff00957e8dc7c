// Warp 1.19.0 cpu code for sample_by_index_0469883f.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_sample_by_index_6b7a34c7 {
    wp::array_t<wp::int32> particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> src;
    wp::array_t<wp::int32> indices;
    wp::array_t<wp::float32> sample_weights;
    wp::array_t<wp::vec_t<3, wp::float32>> dst;
};


template <bool wp_linear_contiguous>
static void sample_by_index_6b7a34c7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_by_index_6b7a34c7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sample_by_index_6b7a34c7 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.src.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.indices.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.sample_weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.dst.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::int32> var_indices = _wp_args->indices;
    wp::array_t<wp::float32> var_sample_weights = _wp_args->sample_weights;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // forward
    // def sample_by_index(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if particle_flags[tid] != 1:                                                           <L 13>
    var_1 = wp::address(var_particle_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 14>
        return;
    }
    // w = sample_weights[tid]                                                                <L 15>
    var_5 = wp::address(var_sample_weights, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // dst[tid] = w * src[indices[tid]]                                                       <L 16>
    var_8 = wp::address(var_indices, var_0);
    var_9 = wp::load(var_8);
    var_10 = wp::address(var_src, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::mul(var_6, var_12);
    wp::array_store(var_dst, var_0, var_11);
}



template <bool wp_linear_contiguous>
static void sample_by_index_6b7a34c7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_by_index_6b7a34c7 *_wp_args,
    wp_args_sample_by_index_6b7a34c7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sample_by_index_6b7a34c7 wp_contiguous_args;
    wp_args_sample_by_index_6b7a34c7 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.src.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.src.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.indices.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.indices.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.sample_weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.sample_weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.dst.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.dst.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::int32> var_indices = _wp_args->indices;
    wp::array_t<wp::float32> var_sample_weights = _wp_args->sample_weights;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst = _wp_args->dst;
    wp::array_t<wp::int32> adj_particle_flags = _wp_adj_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src = _wp_adj_args->src;
    wp::array_t<wp::int32> adj_indices = _wp_adj_args->indices;
    wp::array_t<wp::float32> adj_sample_weights = _wp_adj_args->sample_weights;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def sample_by_index(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if particle_flags[tid] != 1:                                                           <L 13>
    var_1 = wp::address(var_particle_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 14>
        goto label0;
    }
    // w = sample_weights[tid]                                                                <L 15>
    var_5 = wp::address(var_sample_weights, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // dst[tid] = w * src[indices[tid]]                                                       <L 16>
    var_8 = wp::address(var_indices, var_0);
    var_9 = wp::load(var_8);
    var_10 = wp::address(var_src, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::mul(var_6, var_12);
    // wp::array_store(var_dst, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_11, adj_dst, adj_0, adj_11);
    wp::adj_mul(var_6, var_12, adj_6, adj_10, adj_11);
    wp::adj_address(var_src, var_9, adj_src, adj_9, adj_10);
    wp::adj_address(var_indices, var_0, adj_indices, adj_0, adj_8);
    // adj: dst[tid] = w * src[indices[tid]]                                                  <L 16>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_sample_weights, var_0, adj_sample_weights, adj_0, adj_5);
    // adj: w = sample_weights[tid]                                                           <L 15>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 14>
    }
    wp::adj_address(var_particle_flags, var_0, adj_particle_flags, adj_0, adj_1);
    // adj: if particle_flags[tid] != 1:                                                      <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def sample_by_index(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sample_by_index_6b7a34c7_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_by_index_6b7a34c7 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sample_by_index_6b7a34c7_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void sample_by_index_6b7a34c7_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_by_index_6b7a34c7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->src.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->indices.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->sample_weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->dst.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        sample_by_index_6b7a34c7_cpu_forward_tasks<true>(dim, _wp_args);
    else
        sample_by_index_6b7a34c7_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void sample_by_index_6b7a34c7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_by_index_6b7a34c7 *_wp_args)
{
    sample_by_index_6b7a34c7_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sample_by_index_6b7a34c7_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_by_index_6b7a34c7 *_wp_args,
    wp_args_sample_by_index_6b7a34c7 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sample_by_index_6b7a34c7_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void sample_by_index_6b7a34c7_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_by_index_6b7a34c7 *_wp_args,
    wp_args_sample_by_index_6b7a34c7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->src.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->src.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->indices.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->indices.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->sample_weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->sample_weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->dst.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->dst.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        sample_by_index_6b7a34c7_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        sample_by_index_6b7a34c7_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void sample_by_index_6b7a34c7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_by_index_6b7a34c7 *_wp_args,
    wp_args_sample_by_index_6b7a34c7 *_wp_adj_args)
{
    sample_by_index_6b7a34c7_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

