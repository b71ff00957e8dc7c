// Warp 1.19.0 cpu code for alpha_blend_688a95e0.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// alpha_blend.py:4
static wp::float32 soft_inside_0(
    wp::float32 var_d,
    wp::float32 var_sigma)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    const wp::float32 var_1 = 1.41421356;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def soft_inside(d: float, sigma: float):                                               <L 5>
    // return 0.5 * wp.erfc(d / (1.41421356 * sigma))                                         <L 6>
    var_2 = wp::mul(var_1, var_sigma);
    var_3 = wp::div(var_d, var_2);
    var_4 = wp::erfc(var_3);
    var_5 = wp::mul(var_0, var_4);
    return var_5;
}


// alpha_blend.py:4
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
    const wp::float32 var_1 = 1.41421356;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def soft_inside(d: float, sigma: float):                                               <L 5>
    // return 0.5 * wp.erfc(d / (1.41421356 * sigma))                                         <L 6>
    var_2 = wp::mul(var_1, var_sigma);
    var_3 = wp::div(var_d, var_2);
    var_4 = wp::erfc(var_3);
    var_5 = wp::mul(var_0, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_erfc(var_3, adj_3, adj_4);
    wp::adj_div(var_d, var_2, var_3, adj_d, adj_2, adj_3);
    wp::adj_mul(var_1, var_sigma, adj_1, adj_sigma, adj_2);
    // adj: return 0.5 * wp.erfc(d / (1.41421356 * sigma))                                    <L 6>
    // adj: def soft_inside(d: float, sigma: float):                                          <L 5>
    return;
}

struct wp_args_alpha_blend_d5b301a9 {
    wp::array_t<wp::vec_t<3, wp::float32>> foreground;
    wp::array_t<wp::vec_t<3, wp::float32>> background;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::vec_t<3, wp::float32> plane_normal;
    wp::float32 ground_height;
    wp::float32 sigma;
    wp::array_t<wp::vec_t<3, wp::float32>> result;
};


template <bool wp_linear_contiguous>
static void alpha_blend_d5b301a9_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_alpha_blend_d5b301a9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_foreground = _wp_args->foreground;
    wp::array_t<wp::vec_t<3, wp::float32>> var_background = _wp_args->background;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_plane_normal = _wp_args->plane_normal;
    wp::float32 var_ground_height = _wp_args->ground_height;
    wp::float32 var_sigma = _wp_args->sigma;
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
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def alpha_blend(                                                                       <L 10>
    // i, j = wp.tid()                                                                        <L 20>
    builtin_tid2d(var_0, var_1);
    // c_b = background[i, j]                                                                 <L 21>
    var_2 = wp::address(var_background, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // x = positions[i, j]                                                                    <L 22>
    var_5 = wp::address(var_positions, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // phi = wp.dot(x, plane_normal) - ground_height                                          <L 23>
    var_8 = wp::dot(var_6, var_plane_normal);
    var_9 = wp::sub(var_8, var_ground_height);
    // alpha = soft_inside(phi, sigma)                                                        <L 24>
    var_10 = soft_inside_0(var_9, var_sigma);
    // result[i, j] = foreground[i, j] * alpha + c_b * (1.0 - alpha)                          <L 25>
    var_11 = wp::address(var_foreground, var_0, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_13, var_10);
    var_15 = wp::sub(var_14, var_10);
    var_16 = wp::mul(var_3, var_15);
    var_17 = wp::add(var_12, var_16);
    wp::array_store(var_result, var_0, var_1, var_17);
}



template <bool wp_linear_contiguous>
static void alpha_blend_d5b301a9_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_alpha_blend_d5b301a9 *_wp_args,
    wp_args_alpha_blend_d5b301a9 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_foreground = _wp_args->foreground;
    wp::array_t<wp::vec_t<3, wp::float32>> var_background = _wp_args->background;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_plane_normal = _wp_args->plane_normal;
    wp::float32 var_ground_height = _wp_args->ground_height;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::array_t<wp::vec_t<3, wp::float32>> var_result = _wp_args->result;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_foreground = _wp_adj_args->foreground;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_background = _wp_adj_args->background;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::vec_t<3, wp::float32> adj_plane_normal = _wp_adj_args->plane_normal;
    wp::float32 adj_ground_height = _wp_adj_args->ground_height;
    wp::float32 adj_sigma = _wp_adj_args->sigma;
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
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
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
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    //---------
    // forward
    // def alpha_blend(                                                                       <L 10>
    // i, j = wp.tid()                                                                        <L 20>
    builtin_tid2d(var_0, var_1);
    // c_b = background[i, j]                                                                 <L 21>
    var_2 = wp::address(var_background, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // x = positions[i, j]                                                                    <L 22>
    var_5 = wp::address(var_positions, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // phi = wp.dot(x, plane_normal) - ground_height                                          <L 23>
    var_8 = wp::dot(var_6, var_plane_normal);
    var_9 = wp::sub(var_8, var_ground_height);
    // alpha = soft_inside(phi, sigma)                                                        <L 24>
    var_10 = soft_inside_0(var_9, var_sigma);
    // result[i, j] = foreground[i, j] * alpha + c_b * (1.0 - alpha)                          <L 25>
    var_11 = wp::address(var_foreground, var_0, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_13, var_10);
    var_15 = wp::sub(var_14, var_10);
    var_16 = wp::mul(var_3, var_15);
    var_17 = wp::add(var_12, var_16);
    // wp::array_store(var_result, var_0, var_1, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_result, var_0, var_1, var_17, adj_result, adj_0, adj_1, adj_17);
    wp::adj_add(var_12, var_16, adj_12, adj_16, adj_17);
    wp::adj_mul(var_3, var_15, adj_3, adj_15, adj_16);
    wp::adj_sub(var_14, var_10, adj_14, adj_10, adj_15);
    wp::adj_mul(var_13, var_10, adj_11, adj_10, adj_12);
    wp::adj_address(var_foreground, var_0, var_1, adj_foreground, adj_0, adj_1, adj_11);
    // adj: result[i, j] = foreground[i, j] * alpha + c_b * (1.0 - alpha)                     <L 25>
    adj_soft_inside_0(var_9, var_sigma, adj_9, adj_sigma, adj_10);
    // adj: alpha = soft_inside(phi, sigma)                                                   <L 24>
    wp::adj_sub(var_8, var_ground_height, adj_8, adj_ground_height, adj_9);
    wp::adj_dot(var_6, var_plane_normal, adj_6, adj_plane_normal, adj_8);
    // adj: phi = wp.dot(x, plane_normal) - ground_height                                     <L 23>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_positions, var_0, var_1, adj_positions, adj_0, adj_1, adj_5);
    // adj: x = positions[i, j]                                                               <L 22>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_background, var_0, var_1, adj_background, adj_0, adj_1, adj_2);
    // adj: c_b = background[i, j]                                                            <L 21>
    // adj: i, j = wp.tid()                                                                   <L 20>
    // adj: def alpha_blend(                                                                  <L 10>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void alpha_blend_d5b301a9_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_d5b301a9 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        alpha_blend_d5b301a9_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void alpha_blend_d5b301a9_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_d5b301a9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    alpha_blend_d5b301a9_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void alpha_blend_d5b301a9_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_d5b301a9 *_wp_args)
{
    alpha_blend_d5b301a9_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void alpha_blend_d5b301a9_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_d5b301a9 *_wp_args,
    wp_args_alpha_blend_d5b301a9 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        alpha_blend_d5b301a9_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void alpha_blend_d5b301a9_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_d5b301a9 *_wp_args,
    wp_args_alpha_blend_d5b301a9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    alpha_blend_d5b301a9_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void alpha_blend_d5b301a9_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_d5b301a9 *_wp_args,
    wp_args_alpha_blend_d5b301a9 *_wp_adj_args)
{
    alpha_blend_d5b301a9_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

