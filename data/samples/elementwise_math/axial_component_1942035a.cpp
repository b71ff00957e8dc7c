// Warp 1.19.0 cpu code for axial_component_1942035a.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_axial_component_df2780e1 {
    wp::array_t<wp::vec_t<2, wp::float32>> vectors;
    wp::array_t<wp::float32> out;
    wp::vec_t<2, wp::float32> direction;
};


template <bool wp_linear_contiguous>
static void axial_component_df2780e1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_axial_component_df2780e1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_axial_component_df2780e1 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.vectors.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_vectors = _wp_args->vectors;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::vec_t<2, wp::float32> var_direction = _wp_args->direction;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def axial_component(vectors: wp.array[wp.vec2], out: wp.array[float], direction: wp.vec2):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // vec = vectors[tid]                                                                     <L 7>
    var_1 = wp::address(var_vectors, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[tid] = wp.dot(direction, vec)                                                      <L 8>
    var_4 = wp::dot(var_direction, var_2);
    wp::array_store(var_out, var_0, var_4);
}



template <bool wp_linear_contiguous>
static void axial_component_df2780e1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_axial_component_df2780e1 *_wp_args,
    wp_args_axial_component_df2780e1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_axial_component_df2780e1 wp_contiguous_args;
    wp_args_axial_component_df2780e1 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.vectors.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.vectors.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.out.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_vectors = _wp_args->vectors;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::vec_t<2, wp::float32> var_direction = _wp_args->direction;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vectors = _wp_adj_args->vectors;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::vec_t<2, wp::float32> adj_direction = _wp_adj_args->direction;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def axial_component(vectors: wp.array[wp.vec2], out: wp.array[float], direction: wp.vec2):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // vec = vectors[tid]                                                                     <L 7>
    var_1 = wp::address(var_vectors, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[tid] = wp.dot(direction, vec)                                                      <L 8>
    var_4 = wp::dot(var_direction, var_2);
    // wp::array_store(var_out, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_4, adj_out, adj_0, adj_4);
    wp::adj_dot(var_direction, var_2, adj_direction, adj_2, adj_4);
    // adj: out[tid] = wp.dot(direction, vec)                                                 <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_vectors, var_0, adj_vectors, adj_0, adj_1);
    // adj: vec = vectors[tid]                                                                <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def axial_component(vectors: wp.array[wp.vec2], out: wp.array[float], direction: wp.vec2):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void axial_component_df2780e1_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_axial_component_df2780e1 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        axial_component_df2780e1_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void axial_component_df2780e1_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_axial_component_df2780e1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->vectors.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        axial_component_df2780e1_cpu_forward_tasks<true>(dim, _wp_args);
    else
        axial_component_df2780e1_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void axial_component_df2780e1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_axial_component_df2780e1 *_wp_args)
{
    axial_component_df2780e1_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void axial_component_df2780e1_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_axial_component_df2780e1 *_wp_args,
    wp_args_axial_component_df2780e1 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        axial_component_df2780e1_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void axial_component_df2780e1_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_axial_component_df2780e1 *_wp_args,
    wp_args_axial_component_df2780e1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->vectors.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->vectors.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->out.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        axial_component_df2780e1_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        axial_component_df2780e1_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void axial_component_df2780e1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_axial_component_df2780e1 *_wp_args,
    wp_args_axial_component_df2780e1 *_wp_adj_args)
{
    axial_component_df2780e1_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

