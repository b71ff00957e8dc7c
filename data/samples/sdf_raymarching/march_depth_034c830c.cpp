// Warp 1.19.0 cpu code for march_depth_034c830c.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// march_depth.py:4
static wp::vec_t<3, wp::float32> pinhole_ray_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::quat_t<wp::float32> var_rot)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 2.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.5;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 1.0;
    wp::float32 var_17;
    const wp::float32 var_18 = -2.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    //---------
    // forward
    // def pinhole_ray(i: wp.int32, j: wp.int32, width: wp.int32, height: wp.int32, rot: wp.quat):       <L 5>
    // sx = (2.0 * (float(i) + 0.5) - float(width)) / float(height)                           <L 6>
    var_1 = wp::float(var_i);
    var_3 = wp::add(var_1, var_2);
    var_4 = wp::mul(var_0, var_3);
    var_5 = wp::float(var_width);
    var_6 = wp::sub(var_4, var_5);
    var_7 = wp::float(var_height);
    var_8 = wp::div(var_6, var_7);
    // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 7>
    var_10 = wp::float(var_j);
    var_12 = wp::add(var_10, var_11);
    var_13 = wp::mul(var_9, var_12);
    var_14 = wp::float(var_height);
    var_15 = wp::div(var_13, var_14);
    var_17 = wp::sub(var_15, var_16);
    // return wp.normalize(wp.quat_rotate(rot, wp.vec3(sx, sy, -2.0)))                        <L 8>
    var_19 = wp::vec_t<3, wp::float32>(var_8, var_17, var_18);
    var_20 = wp::quat_rotate(var_rot, var_19);
    var_21 = wp::normalize(var_20);
    return var_21;
}


// march_depth.py:11
static wp::float32 sdf_shape_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_r)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def sdf_shape(p: wp.vec3, r: float):                                                   <L 12>
    // return wp.length(p) - r                                                                <L 13>
    var_0 = wp::length(var_p);
    var_1 = wp::sub(var_0, var_r);
    return var_1;
}


// march_depth.py:4
static void adj_pinhole_ray_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::quat_t<wp::float32> var_rot,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_width,
    wp::int32 & adj_height,
    wp::quat_t<wp::float32> & adj_rot,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 2.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.5;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 1.0;
    wp::float32 var_17;
    const wp::float32 var_18 = -2.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
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
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    //---------
    // forward
    // def pinhole_ray(i: wp.int32, j: wp.int32, width: wp.int32, height: wp.int32, rot: wp.quat):       <L 5>
    // sx = (2.0 * (float(i) + 0.5) - float(width)) / float(height)                           <L 6>
    var_1 = wp::float(var_i);
    var_3 = wp::add(var_1, var_2);
    var_4 = wp::mul(var_0, var_3);
    var_5 = wp::float(var_width);
    var_6 = wp::sub(var_4, var_5);
    var_7 = wp::float(var_height);
    var_8 = wp::div(var_6, var_7);
    // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 7>
    var_10 = wp::float(var_j);
    var_12 = wp::add(var_10, var_11);
    var_13 = wp::mul(var_9, var_12);
    var_14 = wp::float(var_height);
    var_15 = wp::div(var_13, var_14);
    var_17 = wp::sub(var_15, var_16);
    // return wp.normalize(wp.quat_rotate(rot, wp.vec3(sx, sy, -2.0)))                        <L 8>
    var_19 = wp::vec_t<3, wp::float32>(var_8, var_17, var_18);
    var_20 = wp::quat_rotate(var_rot, var_19);
    var_21 = wp::normalize(var_20);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_21 += adj_ret;
    wp::adj_normalize(var_20, var_21, adj_20, adj_21);
    wp::adj_quat_rotate(var_rot, var_19, adj_rot, adj_19, adj_20);
    wp::adj_vec_t(var_8, var_17, var_18, adj_8, adj_17, adj_18, adj_19);
    // adj: return wp.normalize(wp.quat_rotate(rot, wp.vec3(sx, sy, -2.0)))                   <L 8>
    wp::adj_sub(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_div(var_13, var_14, var_15, adj_13, adj_14, adj_15);
    wp::adj_float(var_height, adj_height, adj_14);
    wp::adj_mul(var_9, var_12, adj_9, adj_12, adj_13);
    wp::adj_add(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_float(var_j, adj_j, adj_10);
    // adj: sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                 <L 7>
    wp::adj_div(var_6, var_7, var_8, adj_6, adj_7, adj_8);
    wp::adj_float(var_height, adj_height, adj_7);
    wp::adj_sub(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_float(var_width, adj_width, adj_5);
    wp::adj_mul(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_float(var_i, adj_i, adj_1);
    // adj: sx = (2.0 * (float(i) + 0.5) - float(width)) / float(height)                      <L 6>
    // adj: def pinhole_ray(i: wp.int32, j: wp.int32, width: wp.int32, height: wp.int32, rot: wp.quat):  <L 5>
    return;
}


// march_depth.py:11
static void adj_sdf_shape_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_r,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_r,
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
    // def sdf_shape(p: wp.vec3, r: float):                                                   <L 12>
    // return wp.length(p) - r                                                                <L 13>
    var_0 = wp::length(var_p);
    var_1 = wp::sub(var_0, var_r);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_sub(var_0, var_r, adj_0, adj_r, adj_1);
    wp::adj_length(var_p, var_0, adj_p, adj_0);
    // adj: return wp.length(p) - r                                                           <L 13>
    // adj: def sdf_shape(p: wp.vec3, r: float):                                              <L 12>
    return;
}

struct wp_args_march_depth_9ce6766f {
    wp::vec_t<3, wp::float32> cam_pos;
    wp::quat_t<wp::float32> cam_rot;
    wp::array_t<wp::float32> hit_t;
};


template <bool wp_linear_contiguous>
static void march_depth_9ce6766f_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_march_depth_9ce6766f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_cam_pos = _wp_args->cam_pos;
    wp::quat_t<wp::float32> var_cam_rot = _wp_args->cam_rot;
    wp::array_t<wp::float32> var_hit_t = _wp_args->hit_t;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    const wp::int32 var_13 = 128;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = 0.5;
    wp::float32 var_19;
    bool var_20;
    const wp::float32 var_21 = 0.0001;
    bool var_22;
    const wp::float32 var_23 = 20.0;
    bool var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 20.0;
    wp::float32 var_27;
    //---------
    // forward
    // def march_depth(cam_pos: wp.vec3, cam_rot: wp.quat, hit_t: wp.array2d(dtype=float)):       <L 17>
    // i, j = wp.tid()                                                                        <L 19>
    builtin_tid2d(var_0, var_1);
    // width = hit_t.shape[0]                                                                 <L 20>
    var_2 = &(var_hit_t.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = hit_t.shape[1]                                                                <L 21>
    var_6 = &(var_hit_t.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // rd = pinhole_ray(i, j, width, height, cam_rot)                                         <L 22>
    var_10 = pinhole_ray_0(var_0, var_1, var_4, var_8, var_cam_rot);
    // t = float(0.0)                                                                         <L 23>
    var_12 = wp::float(var_11);
    // for _step in range(128):                                                               <L 24>
    var_14 = wp::range(var_13);
    start_for_0:;
        if (iter_cmp(var_14) == 0) goto end_for_0;
        var_15 = wp::iter_next(var_14);
        // d = sdf_shape(cam_pos + rd * t, 0.5)                                               <L 25>
        var_16 = wp::mul(var_10, var_12);
        var_17 = wp::add(var_cam_pos, var_16);
        var_19 = sdf_shape_0(var_17, var_18);
        // if d < 1.0e-4 or t > 20.0:                                                         <L 26>
        var_22 = (var_19 < var_21);
        var_20 = var_22;
        if (!var_20) {
            var_24 = (var_12 > var_23);
            var_20 = var_20 || var_24;
        }
        if (var_20) {
            // break                                                                          <L 27>
            goto end_for_0;
        }
        // t += d                                                                             <L 28>
        var_25 = wp::add(var_12, var_19);
        wp::assign(var_12, var_25);
        goto start_for_0;
    end_for_0:;
    // hit_t[i, j] = wp.min(t, 20.0)                                                          <L 29>
    var_27 = wp::min(var_12, var_26);
    wp::array_store(var_hit_t, var_0, var_1, var_27);
}



template <bool wp_linear_contiguous>
static void march_depth_9ce6766f_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_march_depth_9ce6766f *_wp_args,
    wp_args_march_depth_9ce6766f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_cam_pos = _wp_args->cam_pos;
    wp::quat_t<wp::float32> var_cam_rot = _wp_args->cam_rot;
    wp::array_t<wp::float32> var_hit_t = _wp_args->hit_t;
    wp::vec_t<3, wp::float32> adj_cam_pos = _wp_adj_args->cam_pos;
    wp::quat_t<wp::float32> adj_cam_rot = _wp_adj_args->cam_rot;
    wp::array_t<wp::float32> adj_hit_t = _wp_adj_args->hit_t;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    const wp::int32 var_13 = 128;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = 0.5;
    wp::float32 var_19;
    bool var_20;
    const wp::float32 var_21 = 0.0001;
    bool var_22;
    const wp::float32 var_23 = 20.0;
    bool var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 20.0;
    wp::float32 var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::range_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    //---------
    // forward
    // def march_depth(cam_pos: wp.vec3, cam_rot: wp.quat, hit_t: wp.array2d(dtype=float)):       <L 17>
    // i, j = wp.tid()                                                                        <L 19>
    builtin_tid2d(var_0, var_1);
    // width = hit_t.shape[0]                                                                 <L 20>
    var_2 = &(var_hit_t.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = hit_t.shape[1]                                                                <L 21>
    var_6 = &(var_hit_t.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // rd = pinhole_ray(i, j, width, height, cam_rot)                                         <L 22>
    var_10 = pinhole_ray_0(var_0, var_1, var_4, var_8, var_cam_rot);
    // t = float(0.0)                                                                         <L 23>
    var_12 = wp::float(var_11);
    // for _step in range(128):                                                               <L 24>
    var_14 = wp::range(var_13);
    // hit_t[i, j] = wp.min(t, 20.0)                                                          <L 29>
    var_27 = wp::min(var_12, var_26);
    // wp::array_store(var_hit_t, var_0, var_1, var_27);
    //---------
    // reverse
    wp::adj_array_store(var_hit_t, var_0, var_1, var_27, adj_hit_t, adj_0, adj_1, adj_27);
    wp::adj_min(var_12, var_26, adj_12, adj_26, adj_27);
    // adj: hit_t[i, j] = wp.min(t, 20.0)                                                     <L 29>
    var_14 = wp::iter_reverse(var_14);
    start_for_0:;
        if (iter_cmp(var_14) == 0) goto end_for_0;
        var_15 = wp::iter_next(var_14);
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
        // d = sdf_shape(cam_pos + rd * t, 0.5)                                               <L 25>
        var_16 = wp::mul(var_10, var_12);
        var_17 = wp::add(var_cam_pos, var_16);
        var_19 = sdf_shape_0(var_17, var_18);
        // if d < 1.0e-4 or t > 20.0:                                                         <L 26>
        var_22 = (var_19 < var_21);
        var_20 = var_22;
        if (!var_20) {
            var_24 = (var_12 > var_23);
            var_20 = var_20 || var_24;
        }
        if (var_20) {
            // break                                                                          <L 27>
            goto end_for_0;
        }
        // t += d                                                                             <L 28>
        var_25 = wp::add(var_12, var_19);
        wp::assign(var_12, var_25);
        wp::adj_assign(var_12, var_25, adj_12, adj_25);
        wp::adj_add(var_12, var_19, adj_12, adj_19, adj_25);
        // adj: t += d                                                                        <L 28>
        if (var_20) {
            // adj: break                                                                     <L 27>
        }
        if (!var_20) {
        }
        // adj: if d < 1.0e-4 or t > 20.0:                                                    <L 26>
        adj_sdf_shape_0(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_add(var_cam_pos, var_16, adj_cam_pos, adj_16, adj_17);
        wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_16);
        // adj: d = sdf_shape(cam_pos + rd * t, 0.5)                                          <L 25>
    	goto start_for_0;
    end_for_0:;
    // adj: for _step in range(128):                                                          <L 24>
    wp::adj_float(var_11, adj_11, adj_12);
    // adj: t = float(0.0)                                                                    <L 23>
    adj_pinhole_ray_0(var_0, var_1, var_4, var_8, var_cam_rot, adj_0, adj_1, adj_4, adj_8, adj_cam_rot, adj_10);
    // adj: rd = pinhole_ray(i, j, width, height, cam_rot)                                    <L 22>
    adj_hit_t.shape = adj_6;
    // adj: height = hit_t.shape[1]                                                           <L 21>
    adj_hit_t.shape = adj_2;
    // adj: width = hit_t.shape[0]                                                            <L 20>
    // adj: i, j = wp.tid()                                                                   <L 19>
    // adj: def march_depth(cam_pos: wp.vec3, cam_rot: wp.quat, hit_t: wp.array2d(dtype=float)):  <L 17>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void march_depth_9ce6766f_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_march_depth_9ce6766f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        march_depth_9ce6766f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void march_depth_9ce6766f_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_march_depth_9ce6766f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    march_depth_9ce6766f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void march_depth_9ce6766f_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_march_depth_9ce6766f *_wp_args)
{
    march_depth_9ce6766f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void march_depth_9ce6766f_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_march_depth_9ce6766f *_wp_args,
    wp_args_march_depth_9ce6766f *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        march_depth_9ce6766f_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void march_depth_9ce6766f_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_march_depth_9ce6766f *_wp_args,
    wp_args_march_depth_9ce6766f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    march_depth_9ce6766f_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void march_depth_9ce6766f_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_march_depth_9ce6766f *_wp_args,
    wp_args_march_depth_9ce6766f *_wp_adj_args)
{
    march_depth_9ce6766f_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_inside_mesh_b71b3a35 {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::float32> visibility;
    wp::array_t<wp::int32> is_inside;
    wp::vec_t<3, wp::float32> sun_dir;
    wp::float32 ray_length;
    wp::float32 contact_margin;
};


template <bool wp_linear_contiguous>
static void inside_mesh_b71b3a35_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_inside_mesh_b71b3a35 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_inside_mesh_b71b3a35 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.visibility.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.is_inside.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_visibility = _wp_args->visibility;
    wp::array_t<wp::int32> var_is_inside = _wp_args->is_inside;
    wp::vec_t<3, wp::float32> var_sun_dir = _wp_args->sun_dir;
    wp::float32 var_ray_length = _wp_args->ray_length;
    wp::float32 var_contact_margin = _wp_args->contact_margin;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 1.0;
    bool var_7;
    const wp::int32 var_8 = -1;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = -1;
    const wp::int32 var_17 = 2;
    wp::int32 var_18;
    //---------
    // forward
    // def inside_mesh(                                                                       <L 33>
    // tid = wp.tid()                                                                         <L 42>
    var_0 = builtin_tid1d();
    // pos = particle_x[tid]                                                                  <L 43>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // start = pos + sun_dir * contact_margin                                                 <L 45>
    var_4 = wp::mul(var_sun_dir, var_contact_margin);
    var_5 = wp::add(var_2, var_4);
    // lit = 1.0                                                                              <L 46>
    // if wp.mesh_query_ray_anyhit(mesh, start, sun_dir, ray_length):                         <L 47>
    var_7 = wp::mesh_query_ray_anyhit(var_mesh, var_5, var_sun_dir, var_ray_length, var_8);
    if (var_7) {
        // lit = 0.0                                                                          <L 48>
    }
    var_10 = wp::where(var_7, var_9, var_6);
    // crossings = wp.mesh_query_ray_count_intersections(mesh, pos, wp.vec3(1.0, 0.0, 0.0))       <L 49>
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    var_15 = wp::mesh_query_ray_count_intersections(var_mesh, var_2, var_14, var_16);
    // visibility[tid] = lit                                                                  <L 50>
    wp::array_store(var_visibility, var_0, var_10);
    // is_inside[tid] = crossings % 2                                                         <L 51>
    var_18 = wp::mod(var_15, var_17);
    wp::array_store(var_is_inside, var_0, var_18);
}



template <bool wp_linear_contiguous>
static void inside_mesh_b71b3a35_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_inside_mesh_b71b3a35 *_wp_args,
    wp_args_inside_mesh_b71b3a35 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_inside_mesh_b71b3a35 wp_contiguous_args;
    wp_args_inside_mesh_b71b3a35 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.visibility.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.visibility.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.is_inside.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.is_inside.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_visibility = _wp_args->visibility;
    wp::array_t<wp::int32> var_is_inside = _wp_args->is_inside;
    wp::vec_t<3, wp::float32> var_sun_dir = _wp_args->sun_dir;
    wp::float32 var_ray_length = _wp_args->ray_length;
    wp::float32 var_contact_margin = _wp_args->contact_margin;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::float32> adj_visibility = _wp_adj_args->visibility;
    wp::array_t<wp::int32> adj_is_inside = _wp_adj_args->is_inside;
    wp::vec_t<3, wp::float32> adj_sun_dir = _wp_adj_args->sun_dir;
    wp::float32 adj_ray_length = _wp_adj_args->ray_length;
    wp::float32 adj_contact_margin = _wp_adj_args->contact_margin;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 1.0;
    bool var_7;
    const wp::int32 var_8 = -1;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = -1;
    const wp::int32 var_17 = 2;
    wp::int32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    //---------
    // forward
    // def inside_mesh(                                                                       <L 33>
    // tid = wp.tid()                                                                         <L 42>
    var_0 = builtin_tid1d();
    // pos = particle_x[tid]                                                                  <L 43>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // start = pos + sun_dir * contact_margin                                                 <L 45>
    var_4 = wp::mul(var_sun_dir, var_contact_margin);
    var_5 = wp::add(var_2, var_4);
    // lit = 1.0                                                                              <L 46>
    // if wp.mesh_query_ray_anyhit(mesh, start, sun_dir, ray_length):                         <L 47>
    var_7 = wp::mesh_query_ray_anyhit(var_mesh, var_5, var_sun_dir, var_ray_length, var_8);
    if (var_7) {
        // lit = 0.0                                                                          <L 48>
    }
    var_10 = wp::where(var_7, var_9, var_6);
    // crossings = wp.mesh_query_ray_count_intersections(mesh, pos, wp.vec3(1.0, 0.0, 0.0))       <L 49>
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    var_15 = wp::mesh_query_ray_count_intersections(var_mesh, var_2, var_14, var_16);
    // visibility[tid] = lit                                                                  <L 50>
    // wp::array_store(var_visibility, var_0, var_10);
    // is_inside[tid] = crossings % 2                                                         <L 51>
    var_18 = wp::mod(var_15, var_17);
    // wp::array_store(var_is_inside, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_is_inside, var_0, var_18, adj_is_inside, adj_0, adj_18);
    wp::adj_mod(var_15, var_17, adj_15, adj_17, adj_18);
    // adj: is_inside[tid] = crossings % 2                                                    <L 51>
    wp::adj_array_store(var_visibility, var_0, var_10, adj_visibility, adj_0, adj_10);
    // adj: visibility[tid] = lit                                                             <L 50>
    wp::adj_vec_t(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
    // adj: crossings = wp.mesh_query_ray_count_intersections(mesh, pos, wp.vec3(1.0, 0.0, 0.0))  <L 49>
    wp::adj_where(var_7, var_9, var_6, adj_7, adj_9, adj_6, adj_10);
    if (var_7) {
        // adj: lit = 0.0                                                                     <L 48>
    }
    // adj: if wp.mesh_query_ray_anyhit(mesh, start, sun_dir, ray_length):                    <L 47>
    // adj: lit = 1.0                                                                         <L 46>
    wp::adj_add(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_mul(var_sun_dir, var_contact_margin, adj_sun_dir, adj_contact_margin, adj_4);
    // adj: start = pos + sun_dir * contact_margin                                            <L 45>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
    // adj: pos = particle_x[tid]                                                             <L 43>
    // adj: tid = wp.tid()                                                                    <L 42>
    // adj: def inside_mesh(                                                                  <L 33>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void inside_mesh_b71b3a35_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_inside_mesh_b71b3a35 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        inside_mesh_b71b3a35_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void inside_mesh_b71b3a35_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_inside_mesh_b71b3a35 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->visibility.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->is_inside.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        inside_mesh_b71b3a35_cpu_forward_tasks<true>(dim, _wp_args);
    else
        inside_mesh_b71b3a35_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void inside_mesh_b71b3a35_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_inside_mesh_b71b3a35 *_wp_args)
{
    inside_mesh_b71b3a35_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void inside_mesh_b71b3a35_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_inside_mesh_b71b3a35 *_wp_args,
    wp_args_inside_mesh_b71b3a35 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        inside_mesh_b71b3a35_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void inside_mesh_b71b3a35_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_inside_mesh_b71b3a35 *_wp_args,
    wp_args_inside_mesh_b71b3a35 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->visibility.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->visibility.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->is_inside.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->is_inside.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        inside_mesh_b71b3a35_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        inside_mesh_b71b3a35_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void inside_mesh_b71b3a35_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_inside_mesh_b71b3a35 *_wp_args,
    wp_args_inside_mesh_b71b3a35 *_wp_adj_args)
{
    inside_mesh_b71b3a35_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

