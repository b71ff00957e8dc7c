// Warp 1.19.0 cpu code for inner_product_3b0115e6.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_inner_product_c2a01632 {
    wp::array_t<wp::int32> item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::vec_t<3, wp::float32>> b;
    wp::array_t<wp::float32> sum_out;
};


template <bool wp_linear_contiguous>
static void inner_product_c2a01632_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_inner_product_c2a01632 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_inner_product_c2a01632 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.b.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.sum_out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_sum_out = _wp_args->sum_out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::vec_t<3, wp::float32>* var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def inner_product(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 12>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 13>
        return;
    }
    // u = a[tid]                                                                             <L 14>
    var_5 = wp::address(var_a, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // wp.atomic_add(sum_out, 0, wp.dot(u, b[tid]))                                           <L 15>
    var_9 = wp::address(var_b, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::dot(var_6, var_11);
    var_12 = wp::atomic_add(var_sum_out, var_8, var_10);
}



template <bool wp_linear_contiguous>
static void inner_product_c2a01632_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_inner_product_c2a01632 *_wp_args,
    wp_args_inner_product_c2a01632 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_inner_product_c2a01632 wp_contiguous_args;
    wp_args_inner_product_c2a01632 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.b.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.b.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.sum_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.sum_out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_sum_out = _wp_args->sum_out;
    wp::array_t<wp::int32> adj_item_count = _wp_adj_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_sum_out = _wp_adj_args->sum_out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::vec_t<3, wp::float32>* var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def inner_product(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 12>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 13>
        goto label0;
    }
    // u = a[tid]                                                                             <L 14>
    var_5 = wp::address(var_a, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // wp.atomic_add(sum_out, 0, wp.dot(u, b[tid]))                                           <L 15>
    var_9 = wp::address(var_b, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::dot(var_6, var_11);
    // var_12 = wp::atomic_add(var_sum_out, var_8, var_10);
    //---------
    // reverse
    wp::adj_atomic_add(var_sum_out, var_8, var_10, adj_sum_out, adj_8, adj_10, adj_12);
    wp::adj_dot(var_6, var_11, adj_6, adj_9, adj_10);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_9);
    // adj: wp.atomic_add(sum_out, 0, wp.dot(u, b[tid]))                                      <L 15>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
    // adj: u = a[tid]                                                                        <L 14>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 13>
    }
    wp::adj_address(var_item_count, var_1, adj_item_count, adj_1, adj_2);
    // adj: if tid >= item_count[0]:                                                          <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def inner_product(                                                                <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void inner_product_c2a01632_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_inner_product_c2a01632 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        inner_product_c2a01632_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void inner_product_c2a01632_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_inner_product_c2a01632 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->b.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->sum_out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        inner_product_c2a01632_cpu_forward_tasks<true>(dim, _wp_args);
    else
        inner_product_c2a01632_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void inner_product_c2a01632_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_inner_product_c2a01632 *_wp_args)
{
    inner_product_c2a01632_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void inner_product_c2a01632_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_inner_product_c2a01632 *_wp_args,
    wp_args_inner_product_c2a01632 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        inner_product_c2a01632_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void inner_product_c2a01632_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_inner_product_c2a01632 *_wp_args,
    wp_args_inner_product_c2a01632 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->b.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->b.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->sum_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->sum_out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        inner_product_c2a01632_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        inner_product_c2a01632_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void inner_product_c2a01632_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_inner_product_c2a01632 *_wp_args,
    wp_args_inner_product_c2a01632 *_wp_adj_args)
{
    inner_product_c2a01632_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

