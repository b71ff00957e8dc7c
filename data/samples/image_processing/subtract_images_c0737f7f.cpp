// Warp 1.19.0 cpu code for subtract_images_c0737f7f.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_subtract_images_db08cd86 {
    wp::array_t<wp::vec_t<3, wp::float32>> image;
    wp::array_t<wp::vec_t<3, wp::float32>> other;
    wp::array_t<wp::vec_t<3, wp::float32>> result;
};


template <bool wp_linear_contiguous>
static void subtract_images_db08cd86_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_subtract_images_db08cd86 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_image = _wp_args->image;
    wp::array_t<wp::vec_t<3, wp::float32>> var_other = _wp_args->other;
    wp::array_t<wp::vec_t<3, wp::float32>> var_result = _wp_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def subtract_images(                                                                   <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // c_b = other[i, j]                                                                      <L 12>
    var_2 = wp::address(var_other, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // result[i, j] = image[i, j] + c_b                                                       <L 13>
    var_5 = wp::address(var_image, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_3);
    wp::array_store(var_result, var_0, var_1, var_6);
}



template <bool wp_linear_contiguous>
static void subtract_images_db08cd86_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_subtract_images_db08cd86 *_wp_args,
    wp_args_subtract_images_db08cd86 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_image = _wp_args->image;
    wp::array_t<wp::vec_t<3, wp::float32>> var_other = _wp_args->other;
    wp::array_t<wp::vec_t<3, wp::float32>> var_result = _wp_args->result;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_image = _wp_adj_args->image;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_other = _wp_adj_args->other;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_result = _wp_adj_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def subtract_images(                                                                   <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // c_b = other[i, j]                                                                      <L 12>
    var_2 = wp::address(var_other, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // result[i, j] = image[i, j] + c_b                                                       <L 13>
    var_5 = wp::address(var_image, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_3);
    // wp::array_store(var_result, var_0, var_1, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_result, var_0, var_1, var_6, adj_result, adj_0, adj_1, adj_6);
    wp::adj_add(var_7, var_3, adj_5, adj_3, adj_6);
    wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_5);
    // adj: result[i, j] = image[i, j] + c_b                                                  <L 13>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_other, var_0, var_1, adj_other, adj_0, adj_1, adj_2);
    // adj: c_b = other[i, j]                                                                 <L 12>
    // adj: i, j = wp.tid()                                                                   <L 11>
    // adj: def subtract_images(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void subtract_images_db08cd86_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_db08cd86 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        subtract_images_db08cd86_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void subtract_images_db08cd86_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_db08cd86 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    subtract_images_db08cd86_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void subtract_images_db08cd86_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_db08cd86 *_wp_args)
{
    subtract_images_db08cd86_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void subtract_images_db08cd86_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_db08cd86 *_wp_args,
    wp_args_subtract_images_db08cd86 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        subtract_images_db08cd86_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void subtract_images_db08cd86_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_db08cd86 *_wp_args,
    wp_args_subtract_images_db08cd86 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    subtract_images_db08cd86_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void subtract_images_db08cd86_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_db08cd86 *_wp_args,
    wp_args_subtract_images_db08cd86 *_wp_adj_args)
{
    subtract_images_db08cd86_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

