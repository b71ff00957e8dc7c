// Warp 1.19.0 cpu code for alpha_blend_ad15829a.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// alpha_blend.py:4
static wp::float32 capsule_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::float32 var_half_height)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def capsule_sdf(p: wp.vec3, radius: float, half_height: float):                        <L 5>
    // axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)              <L 7>
    var_2 = wp::extract(var_p, var_1);
    var_3 = wp::neg(var_half_height);
    var_4 = wp::clamp(var_2, var_3, var_half_height);
    var_6 = wp::vec_t<3, wp::float32>(var_0, var_4, var_5);
    // return wp.length(p - axis_point) - radius                                              <L 8>
    var_7 = wp::sub(var_p, var_6);
    var_8 = wp::length(var_7);
    var_9 = wp::sub(var_8, var_radius);
    return var_9;
}


// alpha_blend.py:4
static void adj_capsule_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::float32 var_half_height,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_radius,
    wp::float32 & adj_half_height,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def capsule_sdf(p: wp.vec3, radius: float, half_height: float):                        <L 5>
    // axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)              <L 7>
    var_2 = wp::extract(var_p, var_1);
    var_3 = wp::neg(var_half_height);
    var_4 = wp::clamp(var_2, var_3, var_half_height);
    var_6 = wp::vec_t<3, wp::float32>(var_0, var_4, var_5);
    // return wp.length(p - axis_point) - radius                                              <L 8>
    var_7 = wp::sub(var_p, var_6);
    var_8 = wp::length(var_7);
    var_9 = wp::sub(var_8, var_radius);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_sub(var_8, var_radius, adj_8, adj_radius, adj_9);
    wp::adj_length(var_7, var_8, adj_7, adj_8);
    wp::adj_sub(var_p, var_6, adj_p, adj_6, adj_7);
    // adj: return wp.length(p - axis_point) - radius                                         <L 8>
    wp::adj_vec_t(var_0, var_4, var_5, adj_0, adj_4, adj_5, adj_6);
    wp::adj_clamp(var_2, var_3, var_half_height, adj_2, adj_3, adj_half_height, adj_4);
    wp::adj_neg(var_half_height, adj_half_height, adj_3);
    wp::adj_extract(var_p, var_1, adj_p, adj_1, adj_2);
    // adj: axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)         <L 7>
    // adj: def capsule_sdf(p: wp.vec3, radius: float, half_height: float):                   <L 5>
    return;
}

struct wp_args_alpha_blend_d88e19dc {
    wp::array_t<wp::float32> src;
    wp::array_t<wp::float32> background;
    wp::vec_t<3, wp::float32> local_offset;
    wp::float32 radius;
    wp::float32 capsule_half_height;
    wp::float32 sigma;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void alpha_blend_d88e19dc_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_alpha_blend_d88e19dc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::float32> var_background = _wp_args->background;
    wp::vec_t<3, wp::float32> var_local_offset = _wp_args->local_offset;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 var_capsule_half_height = _wp_args->capsule_half_height;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::array_t<wp::float32> var_out = _wp_args->out;
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
    wp::float32 var_8;
    const wp::float32 var_9 = 0.5;
    const wp::float32 var_10 = 1.41421356;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def alpha_blend(                                                                       <L 12>
    // i, j = wp.tid()                                                                        <L 22>
    builtin_tid2d(var_0, var_1);
    // c = src[i, j]                                                                          <L 23>
    var_2 = wp::address(var_src, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // bg = background[i, j]                                                                  <L 24>
    var_5 = wp::address(var_background, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // sdf = capsule_sdf(local_offset, radius, capsule_half_height)                           <L 25>
    var_8 = capsule_sdf_0(var_local_offset, var_radius, var_capsule_half_height);
    // alpha = 0.5 * wp.erfc(sdf / (1.41421356 * sigma))                                      <L 26>
    var_11 = wp::mul(var_10, var_sigma);
    var_12 = wp::div(var_8, var_11);
    var_13 = wp::erfc(var_12);
    var_14 = wp::mul(var_9, var_13);
    // out[i, j] = wp.lerp(bg, c, alpha)                                                      <L 27>
    var_15 = wp::lerp(var_6, var_3, var_14);
    wp::array_store(var_out, var_0, var_1, var_15);
}



template <bool wp_linear_contiguous>
static void alpha_blend_d88e19dc_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_alpha_blend_d88e19dc *_wp_args,
    wp_args_alpha_blend_d88e19dc *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::float32> var_background = _wp_args->background;
    wp::vec_t<3, wp::float32> var_local_offset = _wp_args->local_offset;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 var_capsule_half_height = _wp_args->capsule_half_height;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_src = _wp_adj_args->src;
    wp::array_t<wp::float32> adj_background = _wp_adj_args->background;
    wp::vec_t<3, wp::float32> adj_local_offset = _wp_adj_args->local_offset;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::float32 adj_capsule_half_height = _wp_adj_args->capsule_half_height;
    wp::float32 adj_sigma = _wp_adj_args->sigma;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
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
    wp::float32 var_8;
    const wp::float32 var_9 = 0.5;
    const wp::float32 var_10 = 1.41421356;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
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
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    //---------
    // forward
    // def alpha_blend(                                                                       <L 12>
    // i, j = wp.tid()                                                                        <L 22>
    builtin_tid2d(var_0, var_1);
    // c = src[i, j]                                                                          <L 23>
    var_2 = wp::address(var_src, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // bg = background[i, j]                                                                  <L 24>
    var_5 = wp::address(var_background, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // sdf = capsule_sdf(local_offset, radius, capsule_half_height)                           <L 25>
    var_8 = capsule_sdf_0(var_local_offset, var_radius, var_capsule_half_height);
    // alpha = 0.5 * wp.erfc(sdf / (1.41421356 * sigma))                                      <L 26>
    var_11 = wp::mul(var_10, var_sigma);
    var_12 = wp::div(var_8, var_11);
    var_13 = wp::erfc(var_12);
    var_14 = wp::mul(var_9, var_13);
    // out[i, j] = wp.lerp(bg, c, alpha)                                                      <L 27>
    var_15 = wp::lerp(var_6, var_3, var_14);
    // wp::array_store(var_out, var_0, var_1, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_15, adj_out, adj_0, adj_1, adj_15);
    wp::adj_lerp(var_6, var_3, var_14, adj_6, adj_3, adj_14, adj_15);
    // adj: out[i, j] = wp.lerp(bg, c, alpha)                                                 <L 27>
    wp::adj_mul(var_9, var_13, adj_9, adj_13, adj_14);
    wp::adj_erfc(var_12, adj_12, adj_13);
    wp::adj_div(var_8, var_11, var_12, adj_8, adj_11, adj_12);
    wp::adj_mul(var_10, var_sigma, adj_10, adj_sigma, adj_11);
    // adj: alpha = 0.5 * wp.erfc(sdf / (1.41421356 * sigma))                                 <L 26>
    adj_capsule_sdf_0(var_local_offset, var_radius, var_capsule_half_height, adj_local_offset, adj_radius, adj_capsule_half_height, adj_8);
    // adj: sdf = capsule_sdf(local_offset, radius, capsule_half_height)                      <L 25>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_background, var_0, var_1, adj_background, adj_0, adj_1, adj_5);
    // adj: bg = background[i, j]                                                             <L 24>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_2);
    // adj: c = src[i, j]                                                                     <L 23>
    // adj: i, j = wp.tid()                                                                   <L 22>
    // adj: def alpha_blend(                                                                  <L 12>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void alpha_blend_d88e19dc_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_d88e19dc *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        alpha_blend_d88e19dc_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void alpha_blend_d88e19dc_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_d88e19dc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    alpha_blend_d88e19dc_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void alpha_blend_d88e19dc_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_d88e19dc *_wp_args)
{
    alpha_blend_d88e19dc_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void alpha_blend_d88e19dc_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_d88e19dc *_wp_args,
    wp_args_alpha_blend_d88e19dc *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        alpha_blend_d88e19dc_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void alpha_blend_d88e19dc_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_d88e19dc *_wp_args,
    wp_args_alpha_blend_d88e19dc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    alpha_blend_d88e19dc_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void alpha_blend_d88e19dc_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_alpha_blend_d88e19dc *_wp_args,
    wp_args_alpha_blend_d88e19dc *_wp_adj_args)
{
    alpha_blend_d88e19dc_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

