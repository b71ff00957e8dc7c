// Warp 1.19.0 cpu code for image_difference_e65f7b00.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_image_difference_3251030a {
    wp::array_t<wp::float64> img_b;
    wp::array_t<wp::float64> src;
};


template <bool wp_linear_contiguous>
static void image_difference_3251030a_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_image_difference_3251030a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_img_b = _wp_args->img_b;
    wp::array_t<wp::float64> var_src = _wp_args->src;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float64* var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64* var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    //---------
    // forward
    // def image_difference(img_b: wp.array2d[wp.float64], src: wp.array2d[wp.float64]):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // c = src[i, j]                                                                          <L 7>
    var_2 = wp::address(var_src, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // c_b = img_b[i, j]                                                                      <L 8>
    var_5 = wp::address(var_img_b, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // src[i, j] = c + c_b                                                                    <L 9>
    var_8 = wp::add(var_3, var_6);
    wp::array_store(var_src, var_0, var_1, var_8);
}



template <bool wp_linear_contiguous>
static void image_difference_3251030a_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_image_difference_3251030a *_wp_args,
    wp_args_image_difference_3251030a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_img_b = _wp_args->img_b;
    wp::array_t<wp::float64> var_src = _wp_args->src;
    wp::array_t<wp::float64> adj_img_b = _wp_adj_args->img_b;
    wp::array_t<wp::float64> adj_src = _wp_adj_args->src;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float64* var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64* var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
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
    wp::float64 adj_8 = {};
    //---------
    // forward
    // def image_difference(img_b: wp.array2d[wp.float64], src: wp.array2d[wp.float64]):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // c = src[i, j]                                                                          <L 7>
    var_2 = wp::address(var_src, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // c_b = img_b[i, j]                                                                      <L 8>
    var_5 = wp::address(var_img_b, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // src[i, j] = c + c_b                                                                    <L 9>
    var_8 = wp::add(var_3, var_6);
    // wp::array_store(var_src, var_0, var_1, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_src, var_0, var_1, var_8, adj_src, adj_0, adj_1, adj_8);
    wp::adj_add(var_3, var_6, adj_3, adj_6, adj_8);
    // adj: src[i, j] = c + c_b                                                               <L 9>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_img_b, var_0, var_1, adj_img_b, adj_0, adj_1, adj_5);
    // adj: c_b = img_b[i, j]                                                                 <L 8>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_2);
    // adj: c = src[i, j]                                                                     <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def image_difference(img_b: wp.array2d[wp.float64], src: wp.array2d[wp.float64]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void image_difference_3251030a_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_image_difference_3251030a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        image_difference_3251030a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void image_difference_3251030a_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_image_difference_3251030a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    image_difference_3251030a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void image_difference_3251030a_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_image_difference_3251030a *_wp_args)
{
    image_difference_3251030a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void image_difference_3251030a_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_image_difference_3251030a *_wp_args,
    wp_args_image_difference_3251030a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        image_difference_3251030a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void image_difference_3251030a_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_image_difference_3251030a *_wp_args,
    wp_args_image_difference_3251030a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    image_difference_3251030a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void image_difference_3251030a_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_image_difference_3251030a *_wp_args,
    wp_args_image_difference_3251030a *_wp_adj_args)
{
    image_difference_3251030a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

