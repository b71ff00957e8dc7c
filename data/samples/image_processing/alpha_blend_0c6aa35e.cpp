// Warp 1.19.0 cpu code for alpha_blend_0c6aa35e.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_subtract_images_be53514b {
    wp::array_t<wp::float32> background;
    wp::array_t<wp::float32> src;
};


template <bool wp_linear_contiguous>
static void subtract_images_be53514b_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_subtract_images_be53514b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_background = _wp_args->background;
    wp::array_t<wp::float32> var_src = _wp_args->src;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def subtract_images(background: wp.array2d[float], src: wp.array2d[float]):            <L 20>
    // i, j = wp.tid()                                                                        <L 21>
    builtin_tid2d(var_0, var_1);
    // px = src[i, j]                                                                         <L 22>
    var_2 = wp::address(var_src, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // src[i, j] = px + background[i, j]                                                      <L 23>
    var_5 = wp::address(var_background, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_3, var_7);
    wp::array_store(var_src, var_0, var_1, var_6);
}



template <bool wp_linear_contiguous>
static void subtract_images_be53514b_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_subtract_images_be53514b *_wp_args,
    wp_args_subtract_images_be53514b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_background = _wp_args->background;
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::float32> adj_background = _wp_adj_args->background;
    wp::array_t<wp::float32> adj_src = _wp_adj_args->src;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
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
    //---------
    // forward
    // def subtract_images(background: wp.array2d[float], src: wp.array2d[float]):            <L 20>
    // i, j = wp.tid()                                                                        <L 21>
    builtin_tid2d(var_0, var_1);
    // px = src[i, j]                                                                         <L 22>
    var_2 = wp::address(var_src, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // src[i, j] = px + background[i, j]                                                      <L 23>
    var_5 = wp::address(var_background, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_3, var_7);
    // wp::array_store(var_src, var_0, var_1, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_src, var_0, var_1, var_6, adj_src, adj_0, adj_1, adj_6);
    wp::adj_add(var_3, var_7, adj_3, adj_5, adj_6);
    wp::adj_address(var_background, var_0, var_1, adj_background, adj_0, adj_1, adj_5);
    // adj: src[i, j] = px + background[i, j]                                                 <L 23>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_2);
    // adj: px = src[i, j]                                                                    <L 22>
    // adj: i, j = wp.tid()                                                                   <L 21>
    // adj: def subtract_images(background: wp.array2d[float], src: wp.array2d[float]):       <L 20>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void subtract_images_be53514b_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_be53514b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        subtract_images_be53514b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void subtract_images_be53514b_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_be53514b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    subtract_images_be53514b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void subtract_images_be53514b_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_be53514b *_wp_args)
{
    subtract_images_be53514b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void subtract_images_be53514b_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_be53514b *_wp_args,
    wp_args_subtract_images_be53514b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        subtract_images_be53514b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void subtract_images_be53514b_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_be53514b *_wp_args,
    wp_args_subtract_images_be53514b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    subtract_images_be53514b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void subtract_images_be53514b_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_subtract_images_be53514b *_wp_args,
    wp_args_subtract_images_be53514b *_wp_adj_args)
{
    subtract_images_be53514b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_alpha_blend_c2c97578 {
    wp::array_t<wp::vec_t<3, wp::float32>> img;
    wp::array_t<wp::vec_t<3, wp::float32>> img_b;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void alpha_blend_c2c97578_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_alpha_blend_c2c97578 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_img = _wp_args->img;
    wp::array_t<wp::vec_t<3, wp::float32>> var_img_b = _wp_args->img_b;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
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
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def alpha_blend(                                                                       <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // c = img[i, j]                                                                          <L 13>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // bg = img_b[i, j]                                                                       <L 14>
    var_5 = wp::address(var_img_b, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // w = weights[i, j]                                                                      <L 15>
    var_8 = wp::address(var_weights, var_0, var_1);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // out[i, j] = c * w + bg * (1.0 - w)                                                     <L 16>
    var_11 = wp::mul(var_3, var_9);
    var_13 = wp::sub(var_12, var_9);
    var_14 = wp::mul(var_6, var_13);
    var_15 = wp::add(var_11, var_14);
    wp::array_store(var_out, var_0, var_1, var_15);
}



template <bool wp_linear_contiguous>
static void alpha_blend_c2c97578_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_alpha_blend_c2c97578 *_wp_args,
    wp_args_alpha_blend_c2c97578 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_img = _wp_args->img;
    wp::array_t<wp::vec_t<3, wp::float32>> var_img_b = _wp_args->img_b;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_img = _wp_adj_args->img;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_img_b = _wp_adj_args->img_b;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
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
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
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
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def alpha_blend(                                                                       <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // c = img[i, j]                                                                          <L 13>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // bg = img_b[i, j]                                                                       <L 14>
    var_5 = wp::address(var_img_b, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // w = weights[i, j]                                                                      <L 15>
    var_8 = wp::address(var_weights, var_0, var_1);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // out[i, j] = c * w + bg * (1.0 - w)                                                     <L 16>
    var_11 = wp::mul(var_3, var_9);
    var_13 = wp::sub(var_12, var_9);
    var_14 = wp::mul(var_6, var_13);
    var_15 = wp::add(var_11, var_14);
    // wp::array_store(var_out, var_0, var_1, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_15, adj_out, adj_0, adj_1, adj_15);
    wp::adj_add(var_11, var_14, adj_11, adj_14, adj_15);
    wp::adj_mul(var_6, var_13, adj_6, adj_13, adj_14);
    wp::adj_sub(var_12, var_9, adj_12, adj_9, adj_13);
    wp::adj_mul(var_3, var_9, adj_3, adj_9, adj_11);
    // adj: out[i, j] = c * w + bg * (1.0 - w)                                                <L 16>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_weights, var_0, var_1, adj_weights, adj_0, adj_1, adj_8);
    // adj: w = weights[i, j]                                                                 <L 15>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_img_b, var_0, var_1, adj_img_b, adj_0, adj_1, adj_5);
    // adj: bg = img_b[i, j]                                                                  <L 14>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_img, var_0, var_1, adj_img, adj_0, adj_1, adj_2);
    // adj: c = img[i, j]                                                                     <L 13>
    // adj: i, j = wp.tid()                                                                   <L 12>
    // adj: def alpha_blend(                                                                  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void alpha_blend_c2c97578_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_c2c97578 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        alpha_blend_c2c97578_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void alpha_blend_c2c97578_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_c2c97578 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    alpha_blend_c2c97578_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void alpha_blend_c2c97578_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_c2c97578 *_wp_args)
{
    alpha_blend_c2c97578_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void alpha_blend_c2c97578_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_c2c97578 *_wp_args,
    wp_args_alpha_blend_c2c97578 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        alpha_blend_c2c97578_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void alpha_blend_c2c97578_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_c2c97578 *_wp_args,
    wp_args_alpha_blend_c2c97578 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    alpha_blend_c2c97578_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void alpha_blend_c2c97578_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_c2c97578 *_wp_args,
    wp_args_alpha_blend_c2c97578 *_wp_adj_args)
{
    alpha_blend_c2c97578_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

