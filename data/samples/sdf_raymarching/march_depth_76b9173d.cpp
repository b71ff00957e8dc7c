// Warp 1.19.0 cpu code for march_depth_76b9173d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// march_depth.py:4
static wp::vec_t<3, wp::float32> look_at_ray_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::vec_t<3, wp::float32> var_eye,
    wp::vec_t<3, wp::float32> var_target,
    wp::float32 var_fov)
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
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 2.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.5;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = 1.0;
    const wp::float32 var_26 = 0.0;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 0.5;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    //---------
    // forward
    // def look_at_ray(i: wp.int32, j: wp.int32, width: wp.int32, height: wp.int32, eye: wp.vec3, target: wp.vec3, fov: float):       <L 5>
    // sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)       <L 6>
    var_1 = wp::float(var_i);
    var_3 = wp::add(var_1, var_2);
    var_4 = wp::mul(var_0, var_3);
    var_5 = wp::float(var_width);
    var_6 = wp::div(var_4, var_5);
    var_8 = wp::sub(var_6, var_7);
    var_9 = wp::float(var_width);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::float(var_height);
    var_12 = wp::div(var_10, var_11);
    // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 7>
    var_14 = wp::float(var_j);
    var_16 = wp::add(var_14, var_15);
    var_17 = wp::mul(var_13, var_16);
    var_18 = wp::float(var_height);
    var_19 = wp::div(var_17, var_18);
    var_21 = wp::sub(var_19, var_20);
    // forward = wp.normalize(target - eye)                                                   <L 8>
    var_22 = wp::sub(var_target, var_eye);
    var_23 = wp::normalize(var_22);
    // right = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))                        <L 9>
    var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
    var_28 = wp::cross(var_23, var_27);
    var_29 = wp::normalize(var_28);
    // up = wp.cross(right, forward)                                                          <L 10>
    var_30 = wp::cross(var_29, var_23);
    // return wp.normalize(forward + (right * sx + up * sy) * wp.tan(0.5 * fov))              <L 11>
    var_31 = wp::mul(var_29, var_12);
    var_32 = wp::mul(var_30, var_21);
    var_33 = wp::add(var_31, var_32);
    var_35 = wp::mul(var_34, var_fov);
    var_36 = wp::tan(var_35);
    var_37 = wp::mul(var_33, var_36);
    var_38 = wp::add(var_23, var_37);
    var_39 = wp::normalize(var_38);
    return var_39;
}


// march_depth.py:14
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
    // def sdf_shape(p: wp.vec3, r: float):                                                   <L 15>
    // return wp.length(p) - r                                                                <L 16>
    var_0 = wp::length(var_p);
    var_1 = wp::sub(var_0, var_r);
    return var_1;
}


// march_depth.py:4
static void adj_look_at_ray_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::vec_t<3, wp::float32> var_eye,
    wp::vec_t<3, wp::float32> var_target,
    wp::float32 var_fov,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_width,
    wp::int32 & adj_height,
    wp::vec_t<3, wp::float32> & adj_eye,
    wp::vec_t<3, wp::float32> & adj_target,
    wp::float32 & adj_fov,
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
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 2.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.5;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = 1.0;
    const wp::float32 var_26 = 0.0;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 0.5;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
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
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    //---------
    // forward
    // def look_at_ray(i: wp.int32, j: wp.int32, width: wp.int32, height: wp.int32, eye: wp.vec3, target: wp.vec3, fov: float):       <L 5>
    // sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)       <L 6>
    var_1 = wp::float(var_i);
    var_3 = wp::add(var_1, var_2);
    var_4 = wp::mul(var_0, var_3);
    var_5 = wp::float(var_width);
    var_6 = wp::div(var_4, var_5);
    var_8 = wp::sub(var_6, var_7);
    var_9 = wp::float(var_width);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::float(var_height);
    var_12 = wp::div(var_10, var_11);
    // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 7>
    var_14 = wp::float(var_j);
    var_16 = wp::add(var_14, var_15);
    var_17 = wp::mul(var_13, var_16);
    var_18 = wp::float(var_height);
    var_19 = wp::div(var_17, var_18);
    var_21 = wp::sub(var_19, var_20);
    // forward = wp.normalize(target - eye)                                                   <L 8>
    var_22 = wp::sub(var_target, var_eye);
    var_23 = wp::normalize(var_22);
    // right = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))                        <L 9>
    var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
    var_28 = wp::cross(var_23, var_27);
    var_29 = wp::normalize(var_28);
    // up = wp.cross(right, forward)                                                          <L 10>
    var_30 = wp::cross(var_29, var_23);
    // return wp.normalize(forward + (right * sx + up * sy) * wp.tan(0.5 * fov))              <L 11>
    var_31 = wp::mul(var_29, var_12);
    var_32 = wp::mul(var_30, var_21);
    var_33 = wp::add(var_31, var_32);
    var_35 = wp::mul(var_34, var_fov);
    var_36 = wp::tan(var_35);
    var_37 = wp::mul(var_33, var_36);
    var_38 = wp::add(var_23, var_37);
    var_39 = wp::normalize(var_38);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_39 += adj_ret;
    wp::adj_normalize(var_38, var_39, adj_38, adj_39);
    wp::adj_add(var_23, var_37, adj_23, adj_37, adj_38);
    wp::adj_mul(var_33, var_36, adj_33, adj_36, adj_37);
    wp::adj_tan(var_35, adj_35, adj_36);
    wp::adj_mul(var_34, var_fov, adj_34, adj_fov, adj_35);
    wp::adj_add(var_31, var_32, adj_31, adj_32, adj_33);
    wp::adj_mul(var_30, var_21, adj_30, adj_21, adj_32);
    wp::adj_mul(var_29, var_12, adj_29, adj_12, adj_31);
    // adj: return wp.normalize(forward + (right * sx + up * sy) * wp.tan(0.5 * fov))         <L 11>
    wp::adj_cross(var_29, var_23, adj_29, adj_23, adj_30);
    // adj: up = wp.cross(right, forward)                                                     <L 10>
    wp::adj_normalize(var_28, var_29, adj_28, adj_29);
    wp::adj_cross(var_23, var_27, adj_23, adj_27, adj_28);
    wp::adj_vec_t(var_24, var_25, var_26, adj_24, adj_25, adj_26, adj_27);
    // adj: right = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))                   <L 9>
    wp::adj_normalize(var_22, var_23, adj_22, adj_23);
    wp::adj_sub(var_target, var_eye, adj_target, adj_eye, adj_22);
    // adj: forward = wp.normalize(target - eye)                                              <L 8>
    wp::adj_sub(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_div(var_17, var_18, var_19, adj_17, adj_18, adj_19);
    wp::adj_float(var_height, adj_height, adj_18);
    wp::adj_mul(var_13, var_16, adj_13, adj_16, adj_17);
    wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_float(var_j, adj_j, adj_14);
    // adj: sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                 <L 7>
    wp::adj_div(var_10, var_11, var_12, adj_10, adj_11, adj_12);
    wp::adj_float(var_height, adj_height, adj_11);
    wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_float(var_width, adj_width, adj_9);
    wp::adj_sub(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_div(var_4, var_5, var_6, adj_4, adj_5, adj_6);
    wp::adj_float(var_width, adj_width, adj_5);
    wp::adj_mul(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_float(var_i, adj_i, adj_1);
    // adj: sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)  <L 6>
    // adj: def look_at_ray(i: wp.int32, j: wp.int32, width: wp.int32, height: wp.int32, eye: wp.vec3, target: wp.vec3, fov: float):  <L 5>
    return;
}


// march_depth.py:14
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
    // def sdf_shape(p: wp.vec3, r: float):                                                   <L 15>
    // return wp.length(p) - r                                                                <L 16>
    var_0 = wp::length(var_p);
    var_1 = wp::sub(var_0, var_r);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_sub(var_0, var_r, adj_0, adj_r, adj_1);
    wp::adj_length(var_p, var_0, adj_p, adj_0);
    // adj: return wp.length(p) - r                                                           <L 16>
    // adj: def sdf_shape(p: wp.vec3, r: float):                                              <L 15>
    return;
}

struct wp_args_march_depth_15d329f9 {
    wp::vec_t<3, wp::float32> camera_position;
    wp::vec_t<3, wp::float32> target;
    wp::float32 fov;
    wp::array_t<wp::float32> depth;
};


template <bool wp_linear_contiguous>
static void march_depth_15d329f9_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_march_depth_15d329f9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_camera_position = _wp_args->camera_position;
    wp::vec_t<3, wp::float32> var_target = _wp_args->target;
    wp::float32 var_fov = _wp_args->fov;
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
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
    const wp::float32 var_23 = 100.0;
    bool var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 100.0;
    wp::float32 var_27;
    //---------
    // forward
    // def march_depth(camera_position: wp.vec3, target: wp.vec3, fov: float, depth: wp.array2d[float]):       <L 20>
    // i, j = wp.tid()                                                                        <L 21>
    builtin_tid2d(var_0, var_1);
    // width = depth.shape[0]                                                                 <L 22>
    var_2 = &(var_depth.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = depth.shape[1]                                                                <L 23>
    var_6 = &(var_depth.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // rd = look_at_ray(i, j, width, height, camera_position, target, fov)                    <L 24>
    var_10 = look_at_ray_0(var_0, var_1, var_4, var_8, var_camera_position, var_target, var_fov);
    // t = float(0.0)                                                                         <L 25>
    var_12 = wp::float(var_11);
    // for _step in range(128):                                                               <L 26>
    var_14 = wp::range(var_13);
    start_for_0:;
        if (iter_cmp(var_14) == 0) goto end_for_0;
        var_15 = wp::iter_next(var_14);
        // d = sdf_shape(camera_position + rd * t, 0.5)                                       <L 27>
        var_16 = wp::mul(var_10, var_12);
        var_17 = wp::add(var_camera_position, var_16);
        var_19 = sdf_shape_0(var_17, var_18);
        // if d < 1.0e-4 or t > 100.0:                                                        <L 28>
        var_22 = (var_19 < var_21);
        var_20 = var_22;
        if (!var_20) {
            var_24 = (var_12 > var_23);
            var_20 = var_20 || var_24;
        }
        if (var_20) {
            // break                                                                          <L 29>
            goto end_for_0;
        }
        // t += d                                                                             <L 30>
        var_25 = wp::add(var_12, var_19);
        wp::assign(var_12, var_25);
        goto start_for_0;
    end_for_0:;
    // depth[i, j] = wp.min(t, 100.0)                                                         <L 31>
    var_27 = wp::min(var_12, var_26);
    wp::array_store(var_depth, var_0, var_1, var_27);
}



template <bool wp_linear_contiguous>
static void march_depth_15d329f9_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_march_depth_15d329f9 *_wp_args,
    wp_args_march_depth_15d329f9 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_camera_position = _wp_args->camera_position;
    wp::vec_t<3, wp::float32> var_target = _wp_args->target;
    wp::float32 var_fov = _wp_args->fov;
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
    wp::vec_t<3, wp::float32> adj_camera_position = _wp_adj_args->camera_position;
    wp::vec_t<3, wp::float32> adj_target = _wp_adj_args->target;
    wp::float32 adj_fov = _wp_adj_args->fov;
    wp::array_t<wp::float32> adj_depth = _wp_adj_args->depth;
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
    const wp::float32 var_23 = 100.0;
    bool var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 100.0;
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
    // def march_depth(camera_position: wp.vec3, target: wp.vec3, fov: float, depth: wp.array2d[float]):       <L 20>
    // i, j = wp.tid()                                                                        <L 21>
    builtin_tid2d(var_0, var_1);
    // width = depth.shape[0]                                                                 <L 22>
    var_2 = &(var_depth.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = depth.shape[1]                                                                <L 23>
    var_6 = &(var_depth.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // rd = look_at_ray(i, j, width, height, camera_position, target, fov)                    <L 24>
    var_10 = look_at_ray_0(var_0, var_1, var_4, var_8, var_camera_position, var_target, var_fov);
    // t = float(0.0)                                                                         <L 25>
    var_12 = wp::float(var_11);
    // for _step in range(128):                                                               <L 26>
    var_14 = wp::range(var_13);
    // depth[i, j] = wp.min(t, 100.0)                                                         <L 31>
    var_27 = wp::min(var_12, var_26);
    // wp::array_store(var_depth, var_0, var_1, var_27);
    //---------
    // reverse
    wp::adj_array_store(var_depth, var_0, var_1, var_27, adj_depth, adj_0, adj_1, adj_27);
    wp::adj_min(var_12, var_26, adj_12, adj_26, adj_27);
    // adj: depth[i, j] = wp.min(t, 100.0)                                                    <L 31>
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
        // d = sdf_shape(camera_position + rd * t, 0.5)                                       <L 27>
        var_16 = wp::mul(var_10, var_12);
        var_17 = wp::add(var_camera_position, var_16);
        var_19 = sdf_shape_0(var_17, var_18);
        // if d < 1.0e-4 or t > 100.0:                                                        <L 28>
        var_22 = (var_19 < var_21);
        var_20 = var_22;
        if (!var_20) {
            var_24 = (var_12 > var_23);
            var_20 = var_20 || var_24;
        }
        if (var_20) {
            // break                                                                          <L 29>
            goto end_for_0;
        }
        // t += d                                                                             <L 30>
        var_25 = wp::add(var_12, var_19);
        wp::assign(var_12, var_25);
        wp::adj_assign(var_12, var_25, adj_12, adj_25);
        wp::adj_add(var_12, var_19, adj_12, adj_19, adj_25);
        // adj: t += d                                                                        <L 30>
        if (var_20) {
            // adj: break                                                                     <L 29>
        }
        if (!var_20) {
        }
        // adj: if d < 1.0e-4 or t > 100.0:                                                   <L 28>
        adj_sdf_shape_0(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_add(var_camera_position, var_16, adj_camera_position, adj_16, adj_17);
        wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_16);
        // adj: d = sdf_shape(camera_position + rd * t, 0.5)                                  <L 27>
    	goto start_for_0;
    end_for_0:;
    // adj: for _step in range(128):                                                          <L 26>
    wp::adj_float(var_11, adj_11, adj_12);
    // adj: t = float(0.0)                                                                    <L 25>
    adj_look_at_ray_0(var_0, var_1, var_4, var_8, var_camera_position, var_target, var_fov, adj_0, adj_1, adj_4, adj_8, adj_camera_position, adj_target, adj_fov, adj_10);
    // adj: rd = look_at_ray(i, j, width, height, camera_position, target, fov)               <L 24>
    adj_depth.shape = adj_6;
    // adj: height = depth.shape[1]                                                           <L 23>
    adj_depth.shape = adj_2;
    // adj: width = depth.shape[0]                                                            <L 22>
    // adj: i, j = wp.tid()                                                                   <L 21>
    // adj: def march_depth(camera_position: wp.vec3, target: wp.vec3, fov: float, depth: wp.array2d[float]):  <L 20>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void march_depth_15d329f9_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_march_depth_15d329f9 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        march_depth_15d329f9_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void march_depth_15d329f9_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_march_depth_15d329f9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    march_depth_15d329f9_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void march_depth_15d329f9_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_march_depth_15d329f9 *_wp_args)
{
    march_depth_15d329f9_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void march_depth_15d329f9_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_march_depth_15d329f9 *_wp_args,
    wp_args_march_depth_15d329f9 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        march_depth_15d329f9_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void march_depth_15d329f9_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_march_depth_15d329f9 *_wp_args,
    wp_args_march_depth_15d329f9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    march_depth_15d329f9_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void march_depth_15d329f9_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_march_depth_15d329f9 *_wp_args,
    wp_args_march_depth_15d329f9 *_wp_adj_args)
{
    march_depth_15d329f9_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_inside_mesh_a945760e {
    wp::uint64 target_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::vec_t<3, wp::float32> light_direction;
    wp::float32 max_t;
    wp::float32 margin;
    wp::array_t<wp::float32> visibility;
    wp::array_t<wp::int32> occupancy;
};


template <bool wp_linear_contiguous>
static void inside_mesh_a945760e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_inside_mesh_a945760e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_inside_mesh_a945760e wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.visibility.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.occupancy.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_target_mesh = _wp_args->target_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::vec_t<3, wp::float32> var_light_direction = _wp_args->light_direction;
    wp::float32 var_max_t = _wp_args->max_t;
    wp::float32 var_margin = _wp_args->margin;
    wp::array_t<wp::float32> var_visibility = _wp_args->visibility;
    wp::array_t<wp::int32> var_occupancy = _wp_args->occupancy;
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
    // def inside_mesh(                                                                       <L 35>
    // tid = wp.tid()                                                                         <L 45>
    var_0 = builtin_tid1d();
    // x = points[tid]                                                                        <L 46>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // start = x + light_direction * margin                                                   <L 48>
    var_4 = wp::mul(var_light_direction, var_margin);
    var_5 = wp::add(var_2, var_4);
    // lit = 1.0                                                                              <L 49>
    // if wp.mesh_query_ray_anyhit(target_mesh, start, light_direction, max_t):               <L 50>
    var_7 = wp::mesh_query_ray_anyhit(var_target_mesh, var_5, var_light_direction, var_max_t, var_8);
    if (var_7) {
        // lit = 0.0                                                                          <L 51>
    }
    var_10 = wp::where(var_7, var_9, var_6);
    // crossings = wp.mesh_query_ray_count_intersections(target_mesh, x, wp.vec3(1.0, 0.0, 0.0))       <L 52>
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    var_15 = wp::mesh_query_ray_count_intersections(var_target_mesh, var_2, var_14, var_16);
    // visibility[tid] = lit                                                                  <L 53>
    wp::array_store(var_visibility, var_0, var_10);
    // occupancy[tid] = crossings % 2                                                         <L 54>
    var_18 = wp::mod(var_15, var_17);
    wp::array_store(var_occupancy, var_0, var_18);
}



template <bool wp_linear_contiguous>
static void inside_mesh_a945760e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_inside_mesh_a945760e *_wp_args,
    wp_args_inside_mesh_a945760e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_inside_mesh_a945760e wp_contiguous_args;
    wp_args_inside_mesh_a945760e wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.visibility.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.visibility.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.occupancy.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.occupancy.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_target_mesh = _wp_args->target_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::vec_t<3, wp::float32> var_light_direction = _wp_args->light_direction;
    wp::float32 var_max_t = _wp_args->max_t;
    wp::float32 var_margin = _wp_args->margin;
    wp::array_t<wp::float32> var_visibility = _wp_args->visibility;
    wp::array_t<wp::int32> var_occupancy = _wp_args->occupancy;
    wp::uint64 adj_target_mesh = _wp_adj_args->target_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::vec_t<3, wp::float32> adj_light_direction = _wp_adj_args->light_direction;
    wp::float32 adj_max_t = _wp_adj_args->max_t;
    wp::float32 adj_margin = _wp_adj_args->margin;
    wp::array_t<wp::float32> adj_visibility = _wp_adj_args->visibility;
    wp::array_t<wp::int32> adj_occupancy = _wp_adj_args->occupancy;
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
    // def inside_mesh(                                                                       <L 35>
    // tid = wp.tid()                                                                         <L 45>
    var_0 = builtin_tid1d();
    // x = points[tid]                                                                        <L 46>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // start = x + light_direction * margin                                                   <L 48>
    var_4 = wp::mul(var_light_direction, var_margin);
    var_5 = wp::add(var_2, var_4);
    // lit = 1.0                                                                              <L 49>
    // if wp.mesh_query_ray_anyhit(target_mesh, start, light_direction, max_t):               <L 50>
    var_7 = wp::mesh_query_ray_anyhit(var_target_mesh, var_5, var_light_direction, var_max_t, var_8);
    if (var_7) {
        // lit = 0.0                                                                          <L 51>
    }
    var_10 = wp::where(var_7, var_9, var_6);
    // crossings = wp.mesh_query_ray_count_intersections(target_mesh, x, wp.vec3(1.0, 0.0, 0.0))       <L 52>
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    var_15 = wp::mesh_query_ray_count_intersections(var_target_mesh, var_2, var_14, var_16);
    // visibility[tid] = lit                                                                  <L 53>
    // wp::array_store(var_visibility, var_0, var_10);
    // occupancy[tid] = crossings % 2                                                         <L 54>
    var_18 = wp::mod(var_15, var_17);
    // wp::array_store(var_occupancy, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_occupancy, var_0, var_18, adj_occupancy, adj_0, adj_18);
    wp::adj_mod(var_15, var_17, adj_15, adj_17, adj_18);
    // adj: occupancy[tid] = crossings % 2                                                    <L 54>
    wp::adj_array_store(var_visibility, var_0, var_10, adj_visibility, adj_0, adj_10);
    // adj: visibility[tid] = lit                                                             <L 53>
    wp::adj_vec_t(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
    // adj: crossings = wp.mesh_query_ray_count_intersections(target_mesh, x, wp.vec3(1.0, 0.0, 0.0))  <L 52>
    wp::adj_where(var_7, var_9, var_6, adj_7, adj_9, adj_6, adj_10);
    if (var_7) {
        // adj: lit = 0.0                                                                     <L 51>
    }
    // adj: if wp.mesh_query_ray_anyhit(target_mesh, start, light_direction, max_t):          <L 50>
    // adj: lit = 1.0                                                                         <L 49>
    wp::adj_add(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_mul(var_light_direction, var_margin, adj_light_direction, adj_margin, adj_4);
    // adj: start = x + light_direction * margin                                              <L 48>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: x = points[tid]                                                                   <L 46>
    // adj: tid = wp.tid()                                                                    <L 45>
    // adj: def inside_mesh(                                                                  <L 35>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void inside_mesh_a945760e_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_inside_mesh_a945760e *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        inside_mesh_a945760e_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void inside_mesh_a945760e_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_inside_mesh_a945760e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->visibility.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->occupancy.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        inside_mesh_a945760e_cpu_forward_tasks<true>(dim, _wp_args);
    else
        inside_mesh_a945760e_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void inside_mesh_a945760e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_inside_mesh_a945760e *_wp_args)
{
    inside_mesh_a945760e_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void inside_mesh_a945760e_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_inside_mesh_a945760e *_wp_args,
    wp_args_inside_mesh_a945760e *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        inside_mesh_a945760e_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void inside_mesh_a945760e_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_inside_mesh_a945760e *_wp_args,
    wp_args_inside_mesh_a945760e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->visibility.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->visibility.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->occupancy.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->occupancy.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        inside_mesh_a945760e_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        inside_mesh_a945760e_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void inside_mesh_a945760e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_inside_mesh_a945760e *_wp_args,
    wp_args_inside_mesh_a945760e *_wp_adj_args)
{
    inside_mesh_a945760e_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

