// Warp 1.19.0 cpu code for alpha_blend_a7c15d74.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// alpha_blend.py:4
static wp::float32 plane_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_offset)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def plane_sdf(p: wp.vec3, n: wp.vec3, offset: float):                                  <L 5>
    // return wp.dot(p, n) - offset                                                           <L 6>
    var_0 = wp::dot(var_p, var_n);
    var_1 = wp::sub(var_0, var_offset);
    return var_1;
}


// alpha_blend.py:9
static wp::float32 soft_inside_0(
    wp::float32 var_d,
    wp::float32 var_sigma)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 1.41421356;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def soft_inside(d: float, sigma: float):                                               <L 10>
    // return 0.5 * (1.0 - wp.erf(d / (1.41421356 * sigma)))                                  <L 11>
    var_3 = wp::mul(var_2, var_sigma);
    var_4 = wp::div(var_d, var_3);
    var_5 = wp::erf(var_4);
    var_6 = wp::sub(var_1, var_5);
    var_7 = wp::mul(var_0, var_6);
    return var_7;
}


// alpha_blend.py:4
static void adj_plane_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_offset,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::float32 & adj_offset,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def plane_sdf(p: wp.vec3, n: wp.vec3, offset: float):                                  <L 5>
    // return wp.dot(p, n) - offset                                                           <L 6>
    var_0 = wp::dot(var_p, var_n);
    var_1 = wp::sub(var_0, var_offset);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_sub(var_0, var_offset, adj_0, adj_offset, adj_1);
    wp::adj_dot(var_p, var_n, adj_p, adj_n, adj_0);
    // adj: return wp.dot(p, n) - offset                                                      <L 6>
    // adj: def plane_sdf(p: wp.vec3, n: wp.vec3, offset: float):                             <L 5>
    return;
}


// alpha_blend.py:9
static void adj_soft_inside_0(
    wp::float32 var_d,
    wp::float32 var_sigma,
    wp::float32 & adj_d,
    wp::float32 & adj_sigma,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 1.41421356;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def soft_inside(d: float, sigma: float):                                               <L 10>
    // return 0.5 * (1.0 - wp.erf(d / (1.41421356 * sigma)))                                  <L 11>
    var_3 = wp::mul(var_2, var_sigma);
    var_4 = wp::div(var_d, var_3);
    var_5 = wp::erf(var_4);
    var_6 = wp::sub(var_1, var_5);
    var_7 = wp::mul(var_0, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_mul(var_0, var_6, adj_0, adj_6, adj_7);
    wp::adj_sub(var_1, var_5, adj_1, adj_5, adj_6);
    wp::adj_erf(var_4, adj_4, adj_5);
    wp::adj_div(var_d, var_3, var_4, adj_d, adj_3, adj_4);
    wp::adj_mul(var_2, var_sigma, adj_2, adj_sigma, adj_3);
    // adj: return 0.5 * (1.0 - wp.erf(d / (1.41421356 * sigma)))                             <L 11>
    // adj: def soft_inside(d: float, sigma: float):                                          <L 10>
    return;
}

struct wp_args_adjust_pixels_3fdce77a {
    wp::array_t<wp::float32> gray;
    wp::float32 amount;
    wp::array_t<wp::float32> result;
};


template <bool wp_linear_contiguous>
static void adjust_pixels_3fdce77a_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_adjust_pixels_3fdce77a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_gray = _wp_args->gray;
    wp::float32 var_amount = _wp_args->amount;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def adjust_pixels(gray: wp.array2d[float], amount: float, result: wp.array2d[float]):       <L 41>
    // i, j = wp.tid()                                                                        <L 43>
    builtin_tid2d(var_0, var_1);
    // p = gray[i, j]                                                                         <L 44>
    var_2 = wp::address(var_gray, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // result[i, j] = (1.0 - p) * amount                                                      <L 45>
    var_6 = wp::sub(var_5, var_3);
    var_7 = wp::mul(var_6, var_amount);
    wp::array_store(var_result, var_0, var_1, var_7);
}



template <bool wp_linear_contiguous>
static void adjust_pixels_3fdce77a_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_adjust_pixels_3fdce77a *_wp_args,
    wp_args_adjust_pixels_3fdce77a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_gray = _wp_args->gray;
    wp::float32 var_amount = _wp_args->amount;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    wp::array_t<wp::float32> adj_gray = _wp_adj_args->gray;
    wp::float32 adj_amount = _wp_adj_args->amount;
    wp::array_t<wp::float32> adj_result = _wp_adj_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
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
    // def adjust_pixels(gray: wp.array2d[float], amount: float, result: wp.array2d[float]):       <L 41>
    // i, j = wp.tid()                                                                        <L 43>
    builtin_tid2d(var_0, var_1);
    // p = gray[i, j]                                                                         <L 44>
    var_2 = wp::address(var_gray, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // result[i, j] = (1.0 - p) * amount                                                      <L 45>
    var_6 = wp::sub(var_5, var_3);
    var_7 = wp::mul(var_6, var_amount);
    // wp::array_store(var_result, var_0, var_1, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_result, var_0, var_1, var_7, adj_result, adj_0, adj_1, adj_7);
    wp::adj_mul(var_6, var_amount, adj_6, adj_amount, adj_7);
    wp::adj_sub(var_5, var_3, adj_5, adj_3, adj_6);
    // adj: result[i, j] = (1.0 - p) * amount                                                 <L 45>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_gray, var_0, var_1, adj_gray, adj_0, adj_1, adj_2);
    // adj: p = gray[i, j]                                                                    <L 44>
    // adj: i, j = wp.tid()                                                                   <L 43>
    // adj: def adjust_pixels(gray: wp.array2d[float], amount: float, result: wp.array2d[float]):  <L 41>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void adjust_pixels_3fdce77a_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_pixels_3fdce77a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        adjust_pixels_3fdce77a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void adjust_pixels_3fdce77a_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_pixels_3fdce77a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    adjust_pixels_3fdce77a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void adjust_pixels_3fdce77a_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_pixels_3fdce77a *_wp_args)
{
    adjust_pixels_3fdce77a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void adjust_pixels_3fdce77a_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_pixels_3fdce77a *_wp_args,
    wp_args_adjust_pixels_3fdce77a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        adjust_pixels_3fdce77a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void adjust_pixels_3fdce77a_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_pixels_3fdce77a *_wp_args,
    wp_args_adjust_pixels_3fdce77a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    adjust_pixels_3fdce77a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void adjust_pixels_3fdce77a_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_adjust_pixels_3fdce77a *_wp_args,
    wp_args_adjust_pixels_3fdce77a *_wp_adj_args)
{
    adjust_pixels_3fdce77a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_alpha_blend_4ee64fa3 {
    wp::array_t<wp::float32> image;
    wp::array_t<wp::float32> background;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::vec_t<3, wp::float32> ground_normal;
    wp::float32 ground_height;
    wp::float32 sigma;
    wp::array_t<wp::float32> output;
};


template <bool wp_linear_contiguous>
static void alpha_blend_4ee64fa3_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_alpha_blend_4ee64fa3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_image = _wp_args->image;
    wp::array_t<wp::float32> var_background = _wp_args->background;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_ground_normal = _wp_args->ground_normal;
    wp::float32 var_ground_height = _wp_args->ground_height;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::array_t<wp::float32> var_output = _wp_args->output;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def alpha_blend(                                                                       <L 15>
    // i, j = wp.tid()                                                                        <L 24>
    builtin_tid2d(var_0, var_1);
    // c_b = background[i, j]                                                                 <L 25>
    var_2 = wp::address(var_background, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // x = positions[i, j]                                                                    <L 26>
    var_5 = wp::address(var_positions, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // sdf = plane_sdf(x, ground_normal, ground_height)                                       <L 27>
    var_8 = plane_sdf_0(var_6, var_ground_normal, var_ground_height);
    // alpha = soft_inside(sdf, sigma)                                                        <L 28>
    var_9 = soft_inside_0(var_8, var_sigma);
    // output[i, j] = wp.lerp(c_b, image[i, j], alpha)                                        <L 29>
    var_10 = wp::address(var_image, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::lerp(var_3, var_12, var_9);
    wp::array_store(var_output, var_0, var_1, var_11);
}



template <bool wp_linear_contiguous>
static void alpha_blend_4ee64fa3_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_alpha_blend_4ee64fa3 *_wp_args,
    wp_args_alpha_blend_4ee64fa3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_image = _wp_args->image;
    wp::array_t<wp::float32> var_background = _wp_args->background;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_ground_normal = _wp_args->ground_normal;
    wp::float32 var_ground_height = _wp_args->ground_height;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::array_t<wp::float32> var_output = _wp_args->output;
    wp::array_t<wp::float32> adj_image = _wp_adj_args->image;
    wp::array_t<wp::float32> adj_background = _wp_adj_args->background;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::vec_t<3, wp::float32> adj_ground_normal = _wp_adj_args->ground_normal;
    wp::float32 adj_ground_height = _wp_adj_args->ground_height;
    wp::float32 adj_sigma = _wp_adj_args->sigma;
    wp::array_t<wp::float32> adj_output = _wp_adj_args->output;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def alpha_blend(                                                                       <L 15>
    // i, j = wp.tid()                                                                        <L 24>
    builtin_tid2d(var_0, var_1);
    // c_b = background[i, j]                                                                 <L 25>
    var_2 = wp::address(var_background, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // x = positions[i, j]                                                                    <L 26>
    var_5 = wp::address(var_positions, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // sdf = plane_sdf(x, ground_normal, ground_height)                                       <L 27>
    var_8 = plane_sdf_0(var_6, var_ground_normal, var_ground_height);
    // alpha = soft_inside(sdf, sigma)                                                        <L 28>
    var_9 = soft_inside_0(var_8, var_sigma);
    // output[i, j] = wp.lerp(c_b, image[i, j], alpha)                                        <L 29>
    var_10 = wp::address(var_image, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::lerp(var_3, var_12, var_9);
    // wp::array_store(var_output, var_0, var_1, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_output, var_0, var_1, var_11, adj_output, adj_0, adj_1, adj_11);
    wp::adj_lerp(var_3, var_12, var_9, adj_3, adj_10, adj_9, adj_11);
    wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_10);
    // adj: output[i, j] = wp.lerp(c_b, image[i, j], alpha)                                   <L 29>
    adj_soft_inside_0(var_8, var_sigma, adj_8, adj_sigma, adj_9);
    // adj: alpha = soft_inside(sdf, sigma)                                                   <L 28>
    adj_plane_sdf_0(var_6, var_ground_normal, var_ground_height, adj_6, adj_ground_normal, adj_ground_height, adj_8);
    // adj: sdf = plane_sdf(x, ground_normal, ground_height)                                  <L 27>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_positions, var_0, var_1, adj_positions, adj_0, adj_1, adj_5);
    // adj: x = positions[i, j]                                                               <L 26>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_background, var_0, var_1, adj_background, adj_0, adj_1, adj_2);
    // adj: c_b = background[i, j]                                                            <L 25>
    // adj: i, j = wp.tid()                                                                   <L 24>
    // adj: def alpha_blend(                                                                  <L 15>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void alpha_blend_4ee64fa3_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_4ee64fa3 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        alpha_blend_4ee64fa3_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void alpha_blend_4ee64fa3_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_4ee64fa3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    alpha_blend_4ee64fa3_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void alpha_blend_4ee64fa3_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_4ee64fa3 *_wp_args)
{
    alpha_blend_4ee64fa3_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void alpha_blend_4ee64fa3_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_4ee64fa3 *_wp_args,
    wp_args_alpha_blend_4ee64fa3 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        alpha_blend_4ee64fa3_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void alpha_blend_4ee64fa3_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_4ee64fa3 *_wp_args,
    wp_args_alpha_blend_4ee64fa3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    alpha_blend_4ee64fa3_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void alpha_blend_4ee64fa3_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_4ee64fa3 *_wp_args,
    wp_args_alpha_blend_4ee64fa3 *_wp_adj_args)
{
    alpha_blend_4ee64fa3_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_add_images_50a50c91 {
    wp::array_t<wp::vec_t<3, wp::float32>> img_b;
    wp::array_t<wp::vec_t<3, wp::float32>> foreground;
};


template <bool wp_linear_contiguous>
static void add_images_50a50c91_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_add_images_50a50c91 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_img_b = _wp_args->img_b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_foreground = _wp_args->foreground;
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
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // forward
    // def add_images(img_b: wp.array2d[wp.vec3], foreground: wp.array2d[wp.vec3]):           <L 33>
    // i, j = wp.tid()                                                                        <L 34>
    builtin_tid2d(var_0, var_1);
    // px = foreground[i, j]                                                                  <L 35>
    var_2 = wp::address(var_foreground, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // c_b = img_b[i, j]                                                                      <L 36>
    var_5 = wp::address(var_img_b, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // foreground[i, j] = px + c_b                                                            <L 37>
    var_8 = wp::add(var_3, var_6);
    wp::array_store(var_foreground, var_0, var_1, var_8);
}



template <bool wp_linear_contiguous>
static void add_images_50a50c91_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_add_images_50a50c91 *_wp_args,
    wp_args_add_images_50a50c91 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_img_b = _wp_args->img_b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_foreground = _wp_args->foreground;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_img_b = _wp_adj_args->img_b;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_foreground = _wp_adj_args->foreground;
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
    wp::vec_t<3, wp::float32> var_8;
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
    wp::vec_t<3, wp::float32> adj_8 = {};
    //---------
    // forward
    // def add_images(img_b: wp.array2d[wp.vec3], foreground: wp.array2d[wp.vec3]):           <L 33>
    // i, j = wp.tid()                                                                        <L 34>
    builtin_tid2d(var_0, var_1);
    // px = foreground[i, j]                                                                  <L 35>
    var_2 = wp::address(var_foreground, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // c_b = img_b[i, j]                                                                      <L 36>
    var_5 = wp::address(var_img_b, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // foreground[i, j] = px + c_b                                                            <L 37>
    var_8 = wp::add(var_3, var_6);
    // wp::array_store(var_foreground, var_0, var_1, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_foreground, var_0, var_1, var_8, adj_foreground, adj_0, adj_1, adj_8);
    wp::adj_add(var_3, var_6, adj_3, adj_6, adj_8);
    // adj: foreground[i, j] = px + c_b                                                       <L 37>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_img_b, var_0, var_1, adj_img_b, adj_0, adj_1, adj_5);
    // adj: c_b = img_b[i, j]                                                                 <L 36>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_foreground, var_0, var_1, adj_foreground, adj_0, adj_1, adj_2);
    // adj: px = foreground[i, j]                                                             <L 35>
    // adj: i, j = wp.tid()                                                                   <L 34>
    // adj: def add_images(img_b: wp.array2d[wp.vec3], foreground: wp.array2d[wp.vec3]):      <L 33>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void add_images_50a50c91_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_images_50a50c91 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        add_images_50a50c91_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void add_images_50a50c91_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_images_50a50c91 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    add_images_50a50c91_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void add_images_50a50c91_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_images_50a50c91 *_wp_args)
{
    add_images_50a50c91_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void add_images_50a50c91_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_images_50a50c91 *_wp_args,
    wp_args_add_images_50a50c91 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        add_images_50a50c91_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void add_images_50a50c91_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_images_50a50c91 *_wp_args,
    wp_args_add_images_50a50c91 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    add_images_50a50c91_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void add_images_50a50c91_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_images_50a50c91 *_wp_args,
    wp_args_add_images_50a50c91 *_wp_adj_args)
{
    add_images_50a50c91_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

