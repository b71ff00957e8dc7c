// Warp 1.19.0 cpu code for composite_cf49940d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// composite.py:4
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


// composite.py:4
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

struct wp_args_composite_1aa79fed {
    wp::array_t<wp::vec_t<4, wp::float32>> img_b;
    wp::array_t<wp::vec_t<3, wp::float32>> local_points;
    wp::array_t<wp::float32> half_heights;
    wp::float32 radius;
    wp::float32 std_dev;
    wp::array_t<wp::vec_t<4, wp::float32>> img;
};


template <bool wp_linear_contiguous>
static void composite_1aa79fed_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_composite_1aa79fed *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_img_b = _wp_args->img_b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_local_points = _wp_args->local_points;
    wp::array_t<wp::float32> var_half_heights = _wp_args->half_heights;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 var_std_dev = _wp_args->std_dev;
    wp::array_t<wp::vec_t<4, wp::float32>> var_img = _wp_args->img;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<4, wp::float32>* var_2;
    wp::vec_t<4, wp::float32> var_3;
    wp::vec_t<4, wp::float32> var_4;
    wp::vec_t<4, wp::float32>* var_5;
    wp::vec_t<4, wp::float32> var_6;
    wp::vec_t<4, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.5;
    const wp::float32 var_15 = 1.0;
    const wp::float32 var_16 = 1.41421356;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<4, wp::float32> var_22;
    wp::vec_t<4, wp::float32> var_23;
    wp::vec_t<4, wp::float32> var_24;
    //---------
    // forward
    // def composite(                                                                         <L 12>
    // i, j = wp.tid()                                                                        <L 20>
    builtin_tid2d(var_0, var_1);
    // c = img[i, j]                                                                          <L 21>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // c_b = img_b[i, j]                                                                      <L 22>
    var_5 = wp::address(var_img_b, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // p_local = local_points[i, j]                                                           <L 23>
    var_8 = wp::address(var_local_points, var_0, var_1);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // sdf = capsule_sdf(p_local, radius, half_heights[i, j])                                 <L 24>
    var_11 = wp::address(var_half_heights, var_0, var_1);
    var_13 = wp::load(var_11);
    var_12 = capsule_sdf_0(var_9, var_radius, var_13);
    // alpha = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * std_dev)))                             <L 25>
    var_17 = wp::mul(var_16, var_std_dev);
    var_18 = wp::div(var_12, var_17);
    var_19 = wp::erf(var_18);
    var_20 = wp::sub(var_15, var_19);
    var_21 = wp::mul(var_14, var_20);
    // img[i, j] = c_b + (c - c_b) * alpha                                                    <L 26>
    var_22 = wp::sub(var_3, var_6);
    var_23 = wp::mul(var_22, var_21);
    var_24 = wp::add(var_6, var_23);
    wp::array_store(var_img, var_0, var_1, var_24);
}



template <bool wp_linear_contiguous>
static void composite_1aa79fed_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_composite_1aa79fed *_wp_args,
    wp_args_composite_1aa79fed *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_img_b = _wp_args->img_b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_local_points = _wp_args->local_points;
    wp::array_t<wp::float32> var_half_heights = _wp_args->half_heights;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 var_std_dev = _wp_args->std_dev;
    wp::array_t<wp::vec_t<4, wp::float32>> var_img = _wp_args->img;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_img_b = _wp_adj_args->img_b;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_local_points = _wp_adj_args->local_points;
    wp::array_t<wp::float32> adj_half_heights = _wp_adj_args->half_heights;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::float32 adj_std_dev = _wp_adj_args->std_dev;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_img = _wp_adj_args->img;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<4, wp::float32>* var_2;
    wp::vec_t<4, wp::float32> var_3;
    wp::vec_t<4, wp::float32> var_4;
    wp::vec_t<4, wp::float32>* var_5;
    wp::vec_t<4, wp::float32> var_6;
    wp::vec_t<4, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.5;
    const wp::float32 var_15 = 1.0;
    const wp::float32 var_16 = 1.41421356;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<4, wp::float32> var_22;
    wp::vec_t<4, wp::float32> var_23;
    wp::vec_t<4, wp::float32> var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::vec_t<4, wp::float32> adj_4 = {};
    wp::vec_t<4, wp::float32> adj_5 = {};
    wp::vec_t<4, wp::float32> adj_6 = {};
    wp::vec_t<4, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<4, wp::float32> adj_22 = {};
    wp::vec_t<4, wp::float32> adj_23 = {};
    wp::vec_t<4, wp::float32> adj_24 = {};
    //---------
    // forward
    // def composite(                                                                         <L 12>
    // i, j = wp.tid()                                                                        <L 20>
    builtin_tid2d(var_0, var_1);
    // c = img[i, j]                                                                          <L 21>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // c_b = img_b[i, j]                                                                      <L 22>
    var_5 = wp::address(var_img_b, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // p_local = local_points[i, j]                                                           <L 23>
    var_8 = wp::address(var_local_points, var_0, var_1);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // sdf = capsule_sdf(p_local, radius, half_heights[i, j])                                 <L 24>
    var_11 = wp::address(var_half_heights, var_0, var_1);
    var_13 = wp::load(var_11);
    var_12 = capsule_sdf_0(var_9, var_radius, var_13);
    // alpha = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * std_dev)))                             <L 25>
    var_17 = wp::mul(var_16, var_std_dev);
    var_18 = wp::div(var_12, var_17);
    var_19 = wp::erf(var_18);
    var_20 = wp::sub(var_15, var_19);
    var_21 = wp::mul(var_14, var_20);
    // img[i, j] = c_b + (c - c_b) * alpha                                                    <L 26>
    var_22 = wp::sub(var_3, var_6);
    var_23 = wp::mul(var_22, var_21);
    var_24 = wp::add(var_6, var_23);
    // wp::array_store(var_img, var_0, var_1, var_24);
    //---------
    // reverse
    wp::adj_array_store(var_img, var_0, var_1, var_24, adj_img, adj_0, adj_1, adj_24);
    wp::adj_add(var_6, var_23, adj_6, adj_23, adj_24);
    wp::adj_mul(var_22, var_21, adj_22, adj_21, adj_23);
    wp::adj_sub(var_3, var_6, adj_3, adj_6, adj_22);
    // adj: img[i, j] = c_b + (c - c_b) * alpha                                               <L 26>
    wp::adj_mul(var_14, var_20, adj_14, adj_20, adj_21);
    wp::adj_sub(var_15, var_19, adj_15, adj_19, adj_20);
    wp::adj_erf(var_18, adj_18, adj_19);
    wp::adj_div(var_12, var_17, var_18, adj_12, adj_17, adj_18);
    wp::adj_mul(var_16, var_std_dev, adj_16, adj_std_dev, adj_17);
    // adj: alpha = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * std_dev)))                        <L 25>
    adj_capsule_sdf_0(var_9, var_radius, var_13, adj_9, adj_radius, adj_11, adj_12);
    wp::adj_address(var_half_heights, var_0, var_1, adj_half_heights, adj_0, adj_1, adj_11);
    // adj: sdf = capsule_sdf(p_local, radius, half_heights[i, j])                            <L 24>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_local_points, var_0, var_1, adj_local_points, adj_0, adj_1, adj_8);
    // adj: p_local = local_points[i, j]                                                      <L 23>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_img_b, var_0, var_1, adj_img_b, adj_0, adj_1, adj_5);
    // adj: c_b = img_b[i, j]                                                                 <L 22>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_img, var_0, var_1, adj_img, adj_0, adj_1, adj_2);
    // adj: c = img[i, j]                                                                     <L 21>
    // adj: i, j = wp.tid()                                                                   <L 20>
    // adj: def composite(                                                                    <L 12>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void composite_1aa79fed_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_composite_1aa79fed *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        composite_1aa79fed_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void composite_1aa79fed_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_composite_1aa79fed *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    composite_1aa79fed_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void composite_1aa79fed_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_composite_1aa79fed *_wp_args)
{
    composite_1aa79fed_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void composite_1aa79fed_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_composite_1aa79fed *_wp_args,
    wp_args_composite_1aa79fed *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        composite_1aa79fed_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void composite_1aa79fed_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_composite_1aa79fed *_wp_args,
    wp_args_composite_1aa79fed *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    composite_1aa79fed_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void composite_1aa79fed_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_composite_1aa79fed *_wp_args,
    wp_args_composite_1aa79fed *_wp_adj_args)
{
    composite_1aa79fed_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

