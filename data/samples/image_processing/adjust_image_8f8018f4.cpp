// Warp 1.19.0 cpu code for adjust_image_8f8018f4.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_adjust_image_cc232d6d {
    wp::array_t<wp::float64> img;
    wp::float64 strength;
    wp::array_t<wp::float64> result;
};


template <bool wp_linear_contiguous>
static void adjust_image_cc232d6d_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_adjust_image_cc232d6d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_img = _wp_args->img;
    wp::float64 var_strength = _wp_args->strength;
    wp::array_t<wp::float64> var_result = _wp_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float64* var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    //---------
    // forward
    // def adjust_image(img: wp.array2d[wp.float64], strength: wp.float64, result: wp.array2d[wp.float64]):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // p = img[i, j]                                                                          <L 7>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // result[i, j] = (wp.float64(1.0) - p) * strength                                        <L 8>
    var_5 = 1.0;
    var_6 = wp::sub(var_5, var_3);
    var_7 = wp::mul(var_6, var_strength);
    wp::array_store(var_result, var_0, var_1, var_7);
}



template <bool wp_linear_contiguous>
static void adjust_image_cc232d6d_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_adjust_image_cc232d6d *_wp_args,
    wp_args_adjust_image_cc232d6d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_img = _wp_args->img;
    wp::float64 var_strength = _wp_args->strength;
    wp::array_t<wp::float64> var_result = _wp_args->result;
    wp::array_t<wp::float64> adj_img = _wp_adj_args->img;
    wp::float64 adj_strength = _wp_adj_args->strength;
    wp::array_t<wp::float64> adj_result = _wp_adj_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float64* var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    //---------
    // forward
    // def adjust_image(img: wp.array2d[wp.float64], strength: wp.float64, result: wp.array2d[wp.float64]):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // p = img[i, j]                                                                          <L 7>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // result[i, j] = (wp.float64(1.0) - p) * strength                                        <L 8>
    var_5 = 1.0;
    var_6 = wp::sub(var_5, var_3);
    var_7 = wp::mul(var_6, var_strength);
    // wp::array_store(var_result, var_0, var_1, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_result, var_0, var_1, var_7, adj_result, adj_0, adj_1, adj_7);
    wp::adj_mul(var_6, var_strength, adj_6, adj_strength, adj_7);
    wp::adj_sub(var_5, var_3, adj_5, adj_3, adj_6);
    // adj: result[i, j] = (wp.float64(1.0) - p) * strength                                   <L 8>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_img, var_0, var_1, adj_img, adj_0, adj_1, adj_2);
    // adj: p = img[i, j]                                                                     <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def adjust_image(img: wp.array2d[wp.float64], strength: wp.float64, result: wp.array2d[wp.float64]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void adjust_image_cc232d6d_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_cc232d6d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        adjust_image_cc232d6d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void adjust_image_cc232d6d_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_cc232d6d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    adjust_image_cc232d6d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void adjust_image_cc232d6d_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_cc232d6d *_wp_args)
{
    adjust_image_cc232d6d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void adjust_image_cc232d6d_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_cc232d6d *_wp_args,
    wp_args_adjust_image_cc232d6d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        adjust_image_cc232d6d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void adjust_image_cc232d6d_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_cc232d6d *_wp_args,
    wp_args_adjust_image_cc232d6d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    adjust_image_cc232d6d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void adjust_image_cc232d6d_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_image_cc232d6d *_wp_args,
    wp_args_adjust_image_cc232d6d *_wp_adj_args)
{
    adjust_image_cc232d6d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

