// Warp 1.19.0 cpu code for adjust_image_ac5d200c.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_adjust_image_db01c2dd {
    wp::array_t<wp::float32> image;
    wp::array_t<wp::float32> dst;
    wp::float32 amount;
};


template <bool wp_linear_contiguous>
static void adjust_image_db01c2dd_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_adjust_image_db01c2dd *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_image = _wp_args->image;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::float32 var_amount = _wp_args->amount;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def adjust_image(image: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), amount: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // p = image[i, j]                                                                        <L 7>
    var_2 = wp::address(var_image, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // dst[i, j] = wp.pow(wp.clamp(p, 0.0, 1.0), amount)                                      <L 8>
    var_7 = wp::clamp(var_3, var_5, var_6);
    var_8 = wp::pow(var_7, var_amount);
    wp::array_store(var_dst, var_0, var_1, var_8);
}



template <bool wp_linear_contiguous>
static void adjust_image_db01c2dd_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_adjust_image_db01c2dd *_wp_args,
    wp_args_adjust_image_db01c2dd *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_image = _wp_args->image;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::float32 var_amount = _wp_args->amount;
    wp::array_t<wp::float32> adj_image = _wp_adj_args->image;
    wp::array_t<wp::float32> adj_dst = _wp_adj_args->dst;
    wp::float32 adj_amount = _wp_adj_args->amount;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def adjust_image(image: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), amount: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // p = image[i, j]                                                                        <L 7>
    var_2 = wp::address(var_image, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // dst[i, j] = wp.pow(wp.clamp(p, 0.0, 1.0), amount)                                      <L 8>
    var_7 = wp::clamp(var_3, var_5, var_6);
    var_8 = wp::pow(var_7, var_amount);
    // wp::array_store(var_dst, var_0, var_1, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_1, var_8, adj_dst, adj_0, adj_1, adj_8);
    wp::adj_pow(var_7, var_amount, var_8, adj_7, adj_amount, adj_8);
    wp::adj_clamp(var_3, var_5, var_6, adj_3, adj_5, adj_6, adj_7);
    // adj: dst[i, j] = wp.pow(wp.clamp(p, 0.0, 1.0), amount)                                 <L 8>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_2);
    // adj: p = image[i, j]                                                                   <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def adjust_image(image: wp.array2d(dtype=float), dst: wp.array2d(dtype=float), amount: float):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void adjust_image_db01c2dd_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_db01c2dd *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        adjust_image_db01c2dd_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void adjust_image_db01c2dd_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_db01c2dd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    adjust_image_db01c2dd_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void adjust_image_db01c2dd_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_db01c2dd *_wp_args)
{
    adjust_image_db01c2dd_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void adjust_image_db01c2dd_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_db01c2dd *_wp_args,
    wp_args_adjust_image_db01c2dd *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        adjust_image_db01c2dd_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void adjust_image_db01c2dd_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_db01c2dd *_wp_args,
    wp_args_adjust_image_db01c2dd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    adjust_image_db01c2dd_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void adjust_image_db01c2dd_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_db01c2dd *_wp_args,
    wp_args_adjust_image_db01c2dd *_wp_adj_args)
{
    adjust_image_db01c2dd_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

