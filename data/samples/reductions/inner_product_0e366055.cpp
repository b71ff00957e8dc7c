// Warp 1.19.0 cpu code for inner_product_0e366055.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_inner_product_c84677e4 {
    wp::array_t<wp::vec_t<2, wp::float32>> vectors;
    wp::array_t<wp::vec_t<2, wp::float32>> other;
    wp::array_t<wp::float32> total;
};


template <bool wp_linear_contiguous>
static void inner_product_c84677e4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_inner_product_c84677e4 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_inner_product_c84677e4 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.vectors.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.other.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.total.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_vectors = _wp_args->vectors;
    wp::array_t<wp::vec_t<2, wp::float32>> var_other = _wp_args->other;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::vec_t<2, wp::float32>* var_5;
    wp::float32 var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def inner_product(vectors: wp.array[wp.vec2], other: wp.array[wp.vec2], total: wp.array[float]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // b = other[tid]                                                                         <L 7>
    var_1 = wp::address(var_other, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(total, 0, wp.dot(vectors[tid], b))                                       <L 8>
    var_5 = wp::address(var_vectors, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::dot(var_7, var_2);
    var_8 = wp::atomic_add(var_total, var_4, var_6);
}



template <bool wp_linear_contiguous>
static void inner_product_c84677e4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_inner_product_c84677e4 *_wp_args,
    wp_args_inner_product_c84677e4 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_inner_product_c84677e4 wp_contiguous_args;
    wp_args_inner_product_c84677e4 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.vectors.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.vectors.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.other.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.other.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.total.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.total.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_vectors = _wp_args->vectors;
    wp::array_t<wp::vec_t<2, wp::float32>> var_other = _wp_args->other;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vectors = _wp_adj_args->vectors;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_other = _wp_adj_args->other;
    wp::array_t<wp::float32> adj_total = _wp_adj_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::vec_t<2, wp::float32>* var_5;
    wp::float32 var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def inner_product(vectors: wp.array[wp.vec2], other: wp.array[wp.vec2], total: wp.array[float]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // b = other[tid]                                                                         <L 7>
    var_1 = wp::address(var_other, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(total, 0, wp.dot(vectors[tid], b))                                       <L 8>
    var_5 = wp::address(var_vectors, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::dot(var_7, var_2);
    // var_8 = wp::atomic_add(var_total, var_4, var_6);
    //---------
    // reverse
    wp::adj_atomic_add(var_total, var_4, var_6, adj_total, adj_4, adj_6, adj_8);
    wp::adj_dot(var_7, var_2, adj_5, adj_2, adj_6);
    wp::adj_address(var_vectors, var_0, adj_vectors, adj_0, adj_5);
    // adj: wp.atomic_add(total, 0, wp.dot(vectors[tid], b))                                  <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_other, var_0, adj_other, adj_0, adj_1);
    // adj: b = other[tid]                                                                    <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def inner_product(vectors: wp.array[wp.vec2], other: wp.array[wp.vec2], total: wp.array[float]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void inner_product_c84677e4_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_inner_product_c84677e4 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        inner_product_c84677e4_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void inner_product_c84677e4_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_inner_product_c84677e4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->vectors.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->other.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->total.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        inner_product_c84677e4_cpu_forward_tasks<true>(dim, _wp_args);
    else
        inner_product_c84677e4_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void inner_product_c84677e4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_inner_product_c84677e4 *_wp_args)
{
    inner_product_c84677e4_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void inner_product_c84677e4_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_inner_product_c84677e4 *_wp_args,
    wp_args_inner_product_c84677e4 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        inner_product_c84677e4_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void inner_product_c84677e4_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_inner_product_c84677e4 *_wp_args,
    wp_args_inner_product_c84677e4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->vectors.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->vectors.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->other.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->other.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->total.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->total.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        inner_product_c84677e4_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        inner_product_c84677e4_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void inner_product_c84677e4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_inner_product_c84677e4 *_wp_args,
    wp_args_inner_product_c84677e4 *_wp_adj_args)
{
    inner_product_c84677e4_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

