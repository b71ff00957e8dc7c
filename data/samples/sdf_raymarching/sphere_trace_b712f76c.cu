// Warp 1.19.0 cuda code for sphere_trace_b712f76c.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// sphere_trace.py:7
static CUDA_CALLABLE wp::vec_t<3, wp::float32> look_at_ray_0(
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
    // def look_at_ray(i: wp.int32, j: wp.int32, width: wp.int32, height: wp.int32, eye: wp.vec3, target: wp.vec3, fov: float):       <L 8>
    // sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)       <L 9>
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
    // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 10>
    var_14 = wp::float(var_j);
    var_16 = wp::add(var_14, var_15);
    var_17 = wp::mul(var_13, var_16);
    var_18 = wp::float(var_height);
    var_19 = wp::div(var_17, var_18);
    var_21 = wp::sub(var_19, var_20);
    // forward = wp.normalize(target - eye)                                                   <L 11>
    var_22 = wp::sub(var_target, var_eye);
    var_23 = wp::normalize(var_22);
    // right = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))                        <L 12>
    var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
    var_28 = wp::cross(var_23, var_27);
    var_29 = wp::normalize(var_28);
    // up = wp.cross(right, forward)                                                          <L 13>
    var_30 = wp::cross(var_29, var_23);
    // return wp.normalize(forward + (right * sx + up * sy) * wp.tan(0.5 * fov))              <L 14>
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


// sphere_trace.py:22
static CUDA_CALLABLE wp::float32 scene_sdf_0(
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.8;
    const wp::float32 var_11 = 0.4;
    const wp::float32 var_12 = 0.6;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    wp::float32 var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::int32 var_28 = 0;
    wp::float32 var_29;
    const wp::int32 var_30 = 1;
    wp::float32 var_31;
    const wp::int32 var_32 = 2;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::float32 var_40 = 0.1;
    wp::float32 var_41;
    //---------
    // forward
    // def scene_sdf(p: wp.vec3):                                                             <L 23>
    // d = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - wp.vec3(0.8, 0.4, 0.6)         <L 24>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::abs(var_1);
    var_4 = wp::extract(var_p, var_3);
    var_5 = wp::abs(var_4);
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::abs(var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    var_14 = wp::sub(var_9, var_13);
    // outside = wp.vec3(wp.max(d[0], 0.0), wp.max(d[1], 0.0), wp.max(d[2], 0.0))             <L 25>
    var_16 = wp::extract(var_14, var_15);
    var_18 = wp::max(var_16, var_17);
    var_20 = wp::extract(var_14, var_19);
    var_22 = wp::max(var_20, var_21);
    var_24 = wp::extract(var_14, var_23);
    var_26 = wp::max(var_24, var_25);
    var_27 = wp::vec_t<3, wp::float32>(var_18, var_22, var_26);
    // inside = wp.min(wp.max(d[0], wp.max(d[1], d[2])), 0.0)                                 <L 26>
    var_29 = wp::extract(var_14, var_28);
    var_31 = wp::extract(var_14, var_30);
    var_33 = wp::extract(var_14, var_32);
    var_34 = wp::max(var_31, var_33);
    var_35 = wp::max(var_29, var_34);
    var_37 = wp::min(var_35, var_36);
    // return wp.length(outside) + inside - 0.1                                               <L 27>
    var_38 = wp::length(var_27);
    var_39 = wp::add(var_38, var_37);
    var_41 = wp::sub(var_39, var_40);
    return var_41;
}


// sphere_trace.py:30
static CUDA_CALLABLE wp::vec_t<3, wp::float32> estimate_normal_0(
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.001;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = -1.0;
    const wp::float32 var_3 = -1.0;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = -1.0;
    const wp::float32 var_6 = -1.0;
    const wp::float32 var_7 = 1.0;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = -1.0;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = -1.0;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 1.0;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    //---------
    // forward
    // def estimate_normal(p: wp.vec3):                                                       <L 31>
    // h = 1.0e-3                                                                             <L 33>
    // a = wp.vec3(1.0, -1.0, -1.0)                                                           <L 34>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    // b = wp.vec3(-1.0, -1.0, 1.0)                                                           <L 35>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    // c = wp.vec3(-1.0, 1.0, -1.0)                                                           <L 36>
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    // e = wp.vec3(1.0, 1.0, 1.0)                                                             <L 37>
    var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
    // g = a * scene_sdf(p + a * h) + b * scene_sdf(p + b * h) + c * scene_sdf(p + c * h) + e * scene_sdf(p + e * h)       <L 38>
    var_17 = wp::mul(var_4, var_0);
    var_18 = wp::add(var_p, var_17);
    var_19 = scene_sdf_0(var_18);
    var_20 = wp::mul(var_4, var_19);
    var_21 = wp::mul(var_8, var_0);
    var_22 = wp::add(var_p, var_21);
    var_23 = scene_sdf_0(var_22);
    var_24 = wp::mul(var_8, var_23);
    var_25 = wp::add(var_20, var_24);
    var_26 = wp::mul(var_12, var_0);
    var_27 = wp::add(var_p, var_26);
    var_28 = scene_sdf_0(var_27);
    var_29 = wp::mul(var_12, var_28);
    var_30 = wp::add(var_25, var_29);
    var_31 = wp::mul(var_16, var_0);
    var_32 = wp::add(var_p, var_31);
    var_33 = scene_sdf_0(var_32);
    var_34 = wp::mul(var_16, var_33);
    var_35 = wp::add(var_30, var_34);
    // return wp.normalize(g)                                                                 <L 39>
    var_36 = wp::normalize(var_35);
    return var_36;
}


// sphere_trace.py:17
static CUDA_CALLABLE wp::vec_t<3, wp::float32> lambert_0(
    wp::vec_t<3, wp::float32> var_albedo,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_l)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def lambert(albedo: wp.vec3, n: wp.vec3, l: wp.vec3):                                  <L 18>
    // return albedo * wp.max(wp.dot(n, l), 0.0)                                              <L 19>
    var_0 = wp::dot(var_n, var_l);
    var_2 = wp::max(var_0, var_1);
    var_3 = wp::mul(var_albedo, var_2);
    return var_3;
}


// sphere_trace.py:7
static CUDA_CALLABLE void adj_look_at_ray_0(
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
    // def look_at_ray(i: wp.int32, j: wp.int32, width: wp.int32, height: wp.int32, eye: wp.vec3, target: wp.vec3, fov: float):       <L 8>
    // sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)       <L 9>
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
    // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 10>
    var_14 = wp::float(var_j);
    var_16 = wp::add(var_14, var_15);
    var_17 = wp::mul(var_13, var_16);
    var_18 = wp::float(var_height);
    var_19 = wp::div(var_17, var_18);
    var_21 = wp::sub(var_19, var_20);
    // forward = wp.normalize(target - eye)                                                   <L 11>
    var_22 = wp::sub(var_target, var_eye);
    var_23 = wp::normalize(var_22);
    // right = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))                        <L 12>
    var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
    var_28 = wp::cross(var_23, var_27);
    var_29 = wp::normalize(var_28);
    // up = wp.cross(right, forward)                                                          <L 13>
    var_30 = wp::cross(var_29, var_23);
    // return wp.normalize(forward + (right * sx + up * sy) * wp.tan(0.5 * fov))              <L 14>
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
    // adj: return wp.normalize(forward + (right * sx + up * sy) * wp.tan(0.5 * fov))         <L 14>
    wp::adj_cross(var_29, var_23, adj_29, adj_23, adj_30);
    // adj: up = wp.cross(right, forward)                                                     <L 13>
    wp::adj_normalize(var_28, var_29, adj_28, adj_29);
    wp::adj_cross(var_23, var_27, adj_23, adj_27, adj_28);
    wp::adj_vec_t(var_24, var_25, var_26, adj_24, adj_25, adj_26, adj_27);
    // adj: right = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))                   <L 12>
    wp::adj_normalize(var_22, var_23, adj_22, adj_23);
    wp::adj_sub(var_target, var_eye, adj_target, adj_eye, adj_22);
    // adj: forward = wp.normalize(target - eye)                                              <L 11>
    wp::adj_sub(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_div(var_17, var_18, var_19, adj_17, adj_18, adj_19);
    wp::adj_float(var_height, adj_height, adj_18);
    wp::adj_mul(var_13, var_16, adj_13, adj_16, adj_17);
    wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_float(var_j, adj_j, adj_14);
    // adj: sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                 <L 10>
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
    // adj: sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)  <L 9>
    // adj: def look_at_ray(i: wp.int32, j: wp.int32, width: wp.int32, height: wp.int32, eye: wp.vec3, target: wp.vec3, fov: float):  <L 8>
    return;
}


// sphere_trace.py:22
static CUDA_CALLABLE void adj_scene_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.8;
    const wp::float32 var_11 = 0.4;
    const wp::float32 var_12 = 0.6;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    wp::float32 var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::int32 var_28 = 0;
    wp::float32 var_29;
    const wp::int32 var_30 = 1;
    wp::float32 var_31;
    const wp::int32 var_32 = 2;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::float32 var_40 = 0.1;
    wp::float32 var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    //---------
    // forward
    // def scene_sdf(p: wp.vec3):                                                             <L 23>
    // d = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - wp.vec3(0.8, 0.4, 0.6)         <L 24>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::abs(var_1);
    var_4 = wp::extract(var_p, var_3);
    var_5 = wp::abs(var_4);
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::abs(var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    var_14 = wp::sub(var_9, var_13);
    // outside = wp.vec3(wp.max(d[0], 0.0), wp.max(d[1], 0.0), wp.max(d[2], 0.0))             <L 25>
    var_16 = wp::extract(var_14, var_15);
    var_18 = wp::max(var_16, var_17);
    var_20 = wp::extract(var_14, var_19);
    var_22 = wp::max(var_20, var_21);
    var_24 = wp::extract(var_14, var_23);
    var_26 = wp::max(var_24, var_25);
    var_27 = wp::vec_t<3, wp::float32>(var_18, var_22, var_26);
    // inside = wp.min(wp.max(d[0], wp.max(d[1], d[2])), 0.0)                                 <L 26>
    var_29 = wp::extract(var_14, var_28);
    var_31 = wp::extract(var_14, var_30);
    var_33 = wp::extract(var_14, var_32);
    var_34 = wp::max(var_31, var_33);
    var_35 = wp::max(var_29, var_34);
    var_37 = wp::min(var_35, var_36);
    // return wp.length(outside) + inside - 0.1                                               <L 27>
    var_38 = wp::length(var_27);
    var_39 = wp::add(var_38, var_37);
    var_41 = wp::sub(var_39, var_40);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_41 += adj_ret;
    wp::adj_sub(var_39, var_40, adj_39, adj_40, adj_41);
    wp::adj_add(var_38, var_37, adj_38, adj_37, adj_39);
    wp::adj_length(var_27, var_38, adj_27, adj_38);
    // adj: return wp.length(outside) + inside - 0.1                                          <L 27>
    wp::adj_min(var_35, var_36, adj_35, adj_36, adj_37);
    wp::adj_max(var_29, var_34, adj_29, adj_34, adj_35);
    wp::adj_max(var_31, var_33, adj_31, adj_33, adj_34);
    wp::adj_extract(var_14, var_32, adj_14, adj_32, adj_33);
    wp::adj_extract(var_14, var_30, adj_14, adj_30, adj_31);
    wp::adj_extract(var_14, var_28, adj_14, adj_28, adj_29);
    // adj: inside = wp.min(wp.max(d[0], wp.max(d[1], d[2])), 0.0)                            <L 26>
    wp::adj_vec_t(var_18, var_22, var_26, adj_18, adj_22, adj_26, adj_27);
    wp::adj_max(var_24, var_25, adj_24, adj_25, adj_26);
    wp::adj_extract(var_14, var_23, adj_14, adj_23, adj_24);
    wp::adj_max(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_extract(var_14, var_19, adj_14, adj_19, adj_20);
    wp::adj_max(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_extract(var_14, var_15, adj_14, adj_15, adj_16);
    // adj: outside = wp.vec3(wp.max(d[0], 0.0), wp.max(d[1], 0.0), wp.max(d[2], 0.0))        <L 25>
    wp::adj_sub(var_9, var_13, adj_9, adj_13, adj_14);
    wp::adj_vec_t(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    wp::adj_vec_t(var_2, var_5, var_8, adj_2, adj_5, adj_8, adj_9);
    wp::adj_abs(var_7, adj_7, adj_8);
    wp::adj_extract(var_p, var_6, adj_p, adj_6, adj_7);
    wp::adj_abs(var_4, adj_4, adj_5);
    wp::adj_extract(var_p, var_3, adj_p, adj_3, adj_4);
    wp::adj_abs(var_1, adj_1, adj_2);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: d = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - wp.vec3(0.8, 0.4, 0.6)    <L 24>
    // adj: def scene_sdf(p: wp.vec3):                                                        <L 23>
    return;
}


// sphere_trace.py:30
static CUDA_CALLABLE void adj_estimate_normal_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.001;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = -1.0;
    const wp::float32 var_3 = -1.0;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = -1.0;
    const wp::float32 var_6 = -1.0;
    const wp::float32 var_7 = 1.0;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = -1.0;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = -1.0;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 1.0;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    //---------
    // forward
    // def estimate_normal(p: wp.vec3):                                                       <L 31>
    // h = 1.0e-3                                                                             <L 33>
    // a = wp.vec3(1.0, -1.0, -1.0)                                                           <L 34>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    // b = wp.vec3(-1.0, -1.0, 1.0)                                                           <L 35>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    // c = wp.vec3(-1.0, 1.0, -1.0)                                                           <L 36>
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    // e = wp.vec3(1.0, 1.0, 1.0)                                                             <L 37>
    var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
    // g = a * scene_sdf(p + a * h) + b * scene_sdf(p + b * h) + c * scene_sdf(p + c * h) + e * scene_sdf(p + e * h)       <L 38>
    var_17 = wp::mul(var_4, var_0);
    var_18 = wp::add(var_p, var_17);
    var_19 = scene_sdf_0(var_18);
    var_20 = wp::mul(var_4, var_19);
    var_21 = wp::mul(var_8, var_0);
    var_22 = wp::add(var_p, var_21);
    var_23 = scene_sdf_0(var_22);
    var_24 = wp::mul(var_8, var_23);
    var_25 = wp::add(var_20, var_24);
    var_26 = wp::mul(var_12, var_0);
    var_27 = wp::add(var_p, var_26);
    var_28 = scene_sdf_0(var_27);
    var_29 = wp::mul(var_12, var_28);
    var_30 = wp::add(var_25, var_29);
    var_31 = wp::mul(var_16, var_0);
    var_32 = wp::add(var_p, var_31);
    var_33 = scene_sdf_0(var_32);
    var_34 = wp::mul(var_16, var_33);
    var_35 = wp::add(var_30, var_34);
    // return wp.normalize(g)                                                                 <L 39>
    var_36 = wp::normalize(var_35);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_36 += adj_ret;
    wp::adj_normalize(var_35, var_36, adj_35, adj_36);
    // adj: return wp.normalize(g)                                                            <L 39>
    wp::adj_add(var_30, var_34, adj_30, adj_34, adj_35);
    wp::adj_mul(var_16, var_33, adj_16, adj_33, adj_34);
    adj_scene_sdf_0(var_32, adj_32, adj_33);
    wp::adj_add(var_p, var_31, adj_p, adj_31, adj_32);
    wp::adj_mul(var_16, var_0, adj_16, adj_0, adj_31);
    wp::adj_add(var_25, var_29, adj_25, adj_29, adj_30);
    wp::adj_mul(var_12, var_28, adj_12, adj_28, adj_29);
    adj_scene_sdf_0(var_27, adj_27, adj_28);
    wp::adj_add(var_p, var_26, adj_p, adj_26, adj_27);
    wp::adj_mul(var_12, var_0, adj_12, adj_0, adj_26);
    wp::adj_add(var_20, var_24, adj_20, adj_24, adj_25);
    wp::adj_mul(var_8, var_23, adj_8, adj_23, adj_24);
    adj_scene_sdf_0(var_22, adj_22, adj_23);
    wp::adj_add(var_p, var_21, adj_p, adj_21, adj_22);
    wp::adj_mul(var_8, var_0, adj_8, adj_0, adj_21);
    wp::adj_mul(var_4, var_19, adj_4, adj_19, adj_20);
    adj_scene_sdf_0(var_18, adj_18, adj_19);
    wp::adj_add(var_p, var_17, adj_p, adj_17, adj_18);
    wp::adj_mul(var_4, var_0, adj_4, adj_0, adj_17);
    // adj: g = a * scene_sdf(p + a * h) + b * scene_sdf(p + b * h) + c * scene_sdf(p + c * h) + e * scene_sdf(p + e * h)  <L 38>
    wp::adj_vec_t(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
    // adj: e = wp.vec3(1.0, 1.0, 1.0)                                                        <L 37>
    wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
    // adj: c = wp.vec3(-1.0, 1.0, -1.0)                                                      <L 36>
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    // adj: b = wp.vec3(-1.0, -1.0, 1.0)                                                      <L 35>
    wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    // adj: a = wp.vec3(1.0, -1.0, -1.0)                                                      <L 34>
    // adj: h = 1.0e-3                                                                        <L 33>
    // adj: def estimate_normal(p: wp.vec3):                                                  <L 31>
    return;
}


// sphere_trace.py:17
static CUDA_CALLABLE void adj_lambert_0(
    wp::vec_t<3, wp::float32> var_albedo,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_l,
    wp::vec_t<3, wp::float32> & adj_albedo,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_l,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def lambert(albedo: wp.vec3, n: wp.vec3, l: wp.vec3):                                  <L 18>
    // return albedo * wp.max(wp.dot(n, l), 0.0)                                              <L 19>
    var_0 = wp::dot(var_n, var_l);
    var_2 = wp::max(var_0, var_1);
    var_3 = wp::mul(var_albedo, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_mul(var_albedo, var_2, adj_albedo, adj_2, adj_3);
    wp::adj_max(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_dot(var_n, var_l, adj_n, adj_l, adj_0);
    // adj: return albedo * wp.max(wp.dot(n, l), 0.0)                                         <L 19>
    // adj: def lambert(albedo: wp.vec3, n: wp.vec3, l: wp.vec3):                             <L 18>
    return;
}



extern "C" __global__ void sphere_trace_0b3f1012_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_fog_density,
    wp::array_t<wp::vec_t<3, wp::float32>> var_result,
    wp::vec_t<3, wp::float32> var_camera_position,
    wp::vec_t<3, wp::float32> var_look_at,
    wp::vec_t<3, wp::float32> var_background)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        const wp::int32 var_10 = 0;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 1.0;
        wp::vec_t<3, wp::float32> var_15;
        const wp::float32 var_16 = 0.0;
        wp::float32 var_17;
        const bool var_18 = false;
        bool var_19;
        const wp::int32 var_20 = 64;
        wp::range_t var_21;
        wp::int32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.001;
        bool var_27;
        bool var_28;
        const wp::float32 var_29 = 100.0;
        bool var_30;
        bool var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        const wp::float32 var_37 = 0.85;
        const wp::float32 var_38 = 0.9;
        const wp::float32 var_39 = 0.95;
        wp::vec_t<3, wp::float32> var_40;
        const wp::float32 var_41 = 0.6;
        const wp::float32 var_42 = 0.4;
        const wp::float32 var_43 = 0.5;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::vec_t<3, wp::float32> var_50;
        //---------
        // forward
        // def sphere_trace(                                                                      <L 43>
        // i, j = wp.tid()                                                                        <L 50>
        builtin_tid2d(var_0, var_1);
        // width = result.shape[0]                                                                <L 51>
        var_2 = &(var_result.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = result.shape[1]                                                               <L 52>
        var_6 = &(var_result.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // fog = fog_density[0]                                                                   <L 53>
        var_11 = wp::address(var_fog_density, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // rd = look_at_ray(i, j, width, height, camera_position, look_at, 1.0)                   <L 54>
        var_15 = look_at_ray_0(var_0, var_1, var_4, var_8, var_camera_position, var_look_at, var_14);
        // travelled = float(0.0)                                                                 <L 55>
        var_17 = wp::float(var_16);
        // hit = bool(False)                                                                      <L 56>
        var_19 = bool(var_18);
        // for _step in range(MAX_STEPS):                                                         <L 57>
        var_21 = wp::range(var_20);
        start_for_0:;
            if (iter_cmp(var_21) == 0) goto end_for_0;
            var_22 = wp::iter_next(var_21);
            // step = scene_sdf(camera_position + rd * travelled)                                 <L 58>
            var_23 = wp::mul(var_15, var_17);
            var_24 = wp::add(var_camera_position, var_23);
            var_25 = scene_sdf_0(var_24);
            // hit = step < 1.0e-3                                                                <L 59>
            var_27 = (var_25 < var_26);
            // if hit or travelled > 100.0:                                                       <L 60>
            var_28 = var_27;
            if (!var_28) {
                var_30 = (var_17 > var_29);
                var_28 = var_28 || var_30;
            }
            if (var_28) {
                // break                                                                          <L 61>
                wp::assign(var_19, var_27);
                goto end_for_0;
            }
            var_31 = wp::where(var_28, var_19, var_27);
            // travelled += step                                                                  <L 62>
            var_32 = wp::add(var_17, var_25);
            wp::assign(var_17, var_32);
            wp::assign(var_19, var_31);
            goto start_for_0;
        end_for_0:;
        // if hit:                                                                                <L 63>
        if (var_19) {
            // t = travelled                                                                      <L 64>
            var_33 = wp::copy(var_17);
            // p = camera_position + rd * t                                                       <L 65>
            var_34 = wp::mul(var_15, var_33);
            var_35 = wp::add(var_camera_position, var_34);
            // n = estimate_normal(p)                                                             <L 66>
            var_36 = estimate_normal_0(var_35);
            // color = wp.lerp(background, lambert(wp.vec3(0.85, 0.9, 0.95), n, wp.normalize(wp.vec3(0.6, 0.4, 0.5))), wp.exp(-fog * t))       <L 67>
            var_40 = wp::vec_t<3, wp::float32>(var_37, var_38, var_39);
            var_44 = wp::vec_t<3, wp::float32>(var_41, var_42, var_43);
            var_45 = wp::normalize(var_44);
            var_46 = lambert_0(var_40, var_36, var_45);
            var_47 = wp::neg(var_12);
            var_48 = wp::mul(var_47, var_33);
            var_49 = wp::exp(var_48);
            var_50 = wp::lerp(var_background, var_46, var_49);
            // result[i, j] = color                                                               <L 68>
            wp::array_store(var_result, var_0, var_1, var_50);
        }
        if (!var_19) {
            // result[i, j] = background                                                          <L 70>
            wp::array_store(var_result, var_0, var_1, var_background);
        }
    }
}



extern "C" __global__ void sphere_trace_0b3f1012_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_fog_density,
    wp::array_t<wp::vec_t<3, wp::float32>> var_result,
    wp::vec_t<3, wp::float32> var_camera_position,
    wp::vec_t<3, wp::float32> var_look_at,
    wp::vec_t<3, wp::float32> var_background,
    wp::array_t<wp::float32> adj_fog_density,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_result,
    wp::vec_t<3, wp::float32> adj_camera_position,
    wp::vec_t<3, wp::float32> adj_look_at,
    wp::vec_t<3, wp::float32> adj_background)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        const wp::int32 var_10 = 0;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 1.0;
        wp::vec_t<3, wp::float32> var_15;
        const wp::float32 var_16 = 0.0;
        wp::float32 var_17;
        const bool var_18 = false;
        bool var_19;
        const wp::int32 var_20 = 64;
        wp::range_t var_21;
        wp::int32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.001;
        bool var_27;
        bool var_28;
        const wp::float32 var_29 = 100.0;
        bool var_30;
        bool var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        const wp::float32 var_37 = 0.85;
        const wp::float32 var_38 = 0.9;
        const wp::float32 var_39 = 0.95;
        wp::vec_t<3, wp::float32> var_40;
        const wp::float32 var_41 = 0.6;
        const wp::float32 var_42 = 0.4;
        const wp::float32 var_43 = 0.5;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::vec_t<3, wp::float32> var_50;
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
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        bool adj_18 = {};
        bool adj_19 = {};
        wp::int32 adj_20 = {};
        wp::range_t adj_21 = {};
        wp::int32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        bool adj_27 = {};
        bool adj_28 = {};
        wp::float32 adj_29 = {};
        bool adj_30 = {};
        bool adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        //---------
        // forward
        // def sphere_trace(                                                                      <L 43>
        // i, j = wp.tid()                                                                        <L 50>
        builtin_tid2d(var_0, var_1);
        // width = result.shape[0]                                                                <L 51>
        var_2 = &(var_result.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = result.shape[1]                                                               <L 52>
        var_6 = &(var_result.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // fog = fog_density[0]                                                                   <L 53>
        var_11 = wp::address(var_fog_density, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // rd = look_at_ray(i, j, width, height, camera_position, look_at, 1.0)                   <L 54>
        var_15 = look_at_ray_0(var_0, var_1, var_4, var_8, var_camera_position, var_look_at, var_14);
        // travelled = float(0.0)                                                                 <L 55>
        var_17 = wp::float(var_16);
        // hit = bool(False)                                                                      <L 56>
        var_19 = bool(var_18);
        // for _step in range(MAX_STEPS):                                                         <L 57>
        var_21 = wp::range(var_20);
        // if hit:                                                                                <L 63>
        if (var_19) {
            // t = travelled                                                                      <L 64>
            var_33 = wp::copy(var_17);
            // p = camera_position + rd * t                                                       <L 65>
            var_34 = wp::mul(var_15, var_33);
            var_35 = wp::add(var_camera_position, var_34);
            // n = estimate_normal(p)                                                             <L 66>
            var_36 = estimate_normal_0(var_35);
            // color = wp.lerp(background, lambert(wp.vec3(0.85, 0.9, 0.95), n, wp.normalize(wp.vec3(0.6, 0.4, 0.5))), wp.exp(-fog * t))       <L 67>
            var_40 = wp::vec_t<3, wp::float32>(var_37, var_38, var_39);
            var_44 = wp::vec_t<3, wp::float32>(var_41, var_42, var_43);
            var_45 = wp::normalize(var_44);
            var_46 = lambert_0(var_40, var_36, var_45);
            var_47 = wp::neg(var_12);
            var_48 = wp::mul(var_47, var_33);
            var_49 = wp::exp(var_48);
            var_50 = wp::lerp(var_background, var_46, var_49);
            // result[i, j] = color                                                               <L 68>
            // wp::array_store(var_result, var_0, var_1, var_50);
        }
        if (!var_19) {
            // result[i, j] = background                                                          <L 70>
            // wp::array_store(var_result, var_0, var_1, var_background);
        }
        //---------
        // reverse
        if (!var_19) {
            wp::adj_array_store(var_result, var_0, var_1, var_background, adj_result, adj_0, adj_1, adj_background);
            // adj: result[i, j] = background                                                     <L 70>
        }
        if (var_19) {
            wp::adj_array_store(var_result, var_0, var_1, var_50, adj_result, adj_0, adj_1, adj_50);
            // adj: result[i, j] = color                                                          <L 68>
            wp::adj_lerp(var_background, var_46, var_49, adj_background, adj_46, adj_49, adj_50);
            wp::adj_exp(var_48, var_49, adj_48, adj_49);
            wp::adj_mul(var_47, var_33, adj_47, adj_33, adj_48);
            wp::adj_neg(var_12, adj_12, adj_47);
            adj_lambert_0(var_40, var_36, var_45, adj_40, adj_36, adj_45, adj_46);
            wp::adj_normalize(var_44, var_45, adj_44, adj_45);
            wp::adj_vec_t(var_41, var_42, var_43, adj_41, adj_42, adj_43, adj_44);
            wp::adj_vec_t(var_37, var_38, var_39, adj_37, adj_38, adj_39, adj_40);
            // adj: color = wp.lerp(background, lambert(wp.vec3(0.85, 0.9, 0.95), n, wp.normalize(wp.vec3(0.6, 0.4, 0.5))), wp.exp(-fog * t))  <L 67>
            adj_estimate_normal_0(var_35, adj_35, adj_36);
            // adj: n = estimate_normal(p)                                                        <L 66>
            wp::adj_add(var_camera_position, var_34, adj_camera_position, adj_34, adj_35);
            wp::adj_mul(var_15, var_33, adj_15, adj_33, adj_34);
            // adj: p = camera_position + rd * t                                                  <L 65>
            wp::adj_copy(var_17, adj_17, adj_33);
            // adj: t = travelled                                                                 <L 64>
        }
        // adj: if hit:                                                                           <L 63>
        var_21 = wp::iter_reverse(var_21);
        start_for_0:;
            if (iter_cmp(var_21) == 0) goto end_for_0;
            var_22 = wp::iter_next(var_21);
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
            // step = scene_sdf(camera_position + rd * travelled)                                 <L 58>
            var_23 = wp::mul(var_15, var_17);
            var_24 = wp::add(var_camera_position, var_23);
            var_25 = scene_sdf_0(var_24);
            // hit = step < 1.0e-3                                                                <L 59>
            var_27 = (var_25 < var_26);
            // if hit or travelled > 100.0:                                                       <L 60>
            var_28 = var_27;
            if (!var_28) {
                var_30 = (var_17 > var_29);
                var_28 = var_28 || var_30;
            }
            if (var_28) {
                // break                                                                          <L 61>
                wp::assign(var_19, var_27);
                goto end_for_0;
            }
            var_31 = wp::where(var_28, var_19, var_27);
            // travelled += step                                                                  <L 62>
            var_32 = wp::add(var_17, var_25);
            wp::assign(var_17, var_32);
            wp::assign(var_19, var_31);
            wp::adj_assign(var_19, var_31, adj_19, adj_31);
            wp::adj_assign(var_17, var_32, adj_17, adj_32);
            wp::adj_add(var_17, var_25, adj_17, adj_25, adj_32);
            // adj: travelled += step                                                             <L 62>
            wp::adj_where(var_28, var_19, var_27, adj_28, adj_19, adj_27, adj_31);
            if (var_28) {
                wp::adj_assign(var_19, var_27, adj_19, adj_27);
                // adj: break                                                                     <L 61>
            }
            if (!var_28) {
            }
            // adj: if hit or travelled > 100.0:                                                  <L 60>
            // adj: hit = step < 1.0e-3                                                           <L 59>
            adj_scene_sdf_0(var_24, adj_24, adj_25);
            wp::adj_add(var_camera_position, var_23, adj_camera_position, adj_23, adj_24);
            wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_23);
            // adj: step = scene_sdf(camera_position + rd * travelled)                            <L 58>
        	goto start_for_0;
        end_for_0:;
        // adj: for _step in range(MAX_STEPS):                                                    <L 57>
        // adj: hit = bool(False)                                                                 <L 56>
        wp::adj_float(var_16, adj_16, adj_17);
        // adj: travelled = float(0.0)                                                            <L 55>
        adj_look_at_ray_0(var_0, var_1, var_4, var_8, var_camera_position, var_look_at, var_14, adj_0, adj_1, adj_4, adj_8, adj_camera_position, adj_look_at, adj_14, adj_15);
        // adj: rd = look_at_ray(i, j, width, height, camera_position, look_at, 1.0)              <L 54>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_fog_density, var_10, adj_fog_density, adj_10, adj_11);
        // adj: fog = fog_density[0]                                                              <L 53>
        adj_result.shape = adj_6;
        // adj: height = result.shape[1]                                                          <L 52>
        adj_result.shape = adj_2;
        // adj: width = result.shape[0]                                                           <L 51>
        // adj: i, j = wp.tid()                                                                   <L 50>
        // adj: def sphere_trace(                                                                 <L 43>
        continue;
    }
}



extern "C" __global__ void accumulate_radiance_0dfe715c_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_num_items,
    wp::array_t<wp::vec_t<4, wp::float32>> var_frame,
    wp::array_t<wp::vec_t<4, wp::float64>> var_radiance_sum)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::float64 var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::vec_t<4, wp::float64>* var_7;
        wp::vec_t<4, wp::float32>* var_8;
        wp::vec_t<4, wp::float64> var_9;
        wp::vec_t<4, wp::float32> var_10;
        wp::vec_t<4, wp::float64>* var_11;
        wp::vec_t<4, wp::float64> var_12;
        wp::vec_t<4, wp::float64> var_13;
        wp::vec_t<4, wp::float64> var_14;
        wp::vec_t<4, wp::float64> var_15;
        wp::vec_t<4, wp::float64> var_16;
        wp::vec_t<4, wp::float32> var_17;
        //---------
        // forward
        // def accumulate_radiance(                                                               <L 74>
        // i, j = wp.tid()                                                                        <L 79>
        builtin_tid2d(var_0, var_1);
        // w = wp.float64(1.0) / wp.float64(wp.max(num_items, 1))                                 <L 82>
        var_2 = 1.0;
        var_4 = wp::max(var_num_items, var_3);
        var_5 = wp::float64(var_4);
        var_6 = wp::div(var_2, var_5);
        // mean = radiance_sum[i, j] + (wp.vec4d(frame[i, j]) - radiance_sum[i, j]) * w           <L 83>
        var_7 = wp::address(var_radiance_sum, var_0, var_1);
        var_8 = wp::address(var_frame, var_0, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::vec_t<4, wp::float64>(var_10);
        var_11 = wp::address(var_radiance_sum, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::sub(var_9, var_13);
        var_14 = wp::mul(var_12, var_6);
        var_16 = wp::load(var_7);
        var_15 = wp::add(var_16, var_14);
        // radiance_sum[i, j] = mean                                                              <L 84>
        wp::array_store(var_radiance_sum, var_0, var_1, var_15);
        // frame[i, j] = wp.vec4(mean)                                                            <L 85>
        var_17 = wp::vec_t<4, wp::float32>(var_15);
        wp::array_store(var_frame, var_0, var_1, var_17);
    }
}



extern "C" __global__ void accumulate_radiance_0dfe715c_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_num_items,
    wp::array_t<wp::vec_t<4, wp::float32>> var_frame,
    wp::array_t<wp::vec_t<4, wp::float64>> var_radiance_sum,
    wp::int32 adj_num_items,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_frame,
    wp::array_t<wp::vec_t<4, wp::float64>> adj_radiance_sum)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::float64 var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::vec_t<4, wp::float64>* var_7;
        wp::vec_t<4, wp::float32>* var_8;
        wp::vec_t<4, wp::float64> var_9;
        wp::vec_t<4, wp::float32> var_10;
        wp::vec_t<4, wp::float64>* var_11;
        wp::vec_t<4, wp::float64> var_12;
        wp::vec_t<4, wp::float64> var_13;
        wp::vec_t<4, wp::float64> var_14;
        wp::vec_t<4, wp::float64> var_15;
        wp::vec_t<4, wp::float64> var_16;
        wp::vec_t<4, wp::float32> var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float64 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::vec_t<4, wp::float64> adj_7 = {};
        wp::vec_t<4, wp::float32> adj_8 = {};
        wp::vec_t<4, wp::float64> adj_9 = {};
        wp::vec_t<4, wp::float32> adj_10 = {};
        wp::vec_t<4, wp::float64> adj_11 = {};
        wp::vec_t<4, wp::float64> adj_12 = {};
        wp::vec_t<4, wp::float64> adj_13 = {};
        wp::vec_t<4, wp::float64> adj_14 = {};
        wp::vec_t<4, wp::float64> adj_15 = {};
        wp::vec_t<4, wp::float64> adj_16 = {};
        wp::vec_t<4, wp::float32> adj_17 = {};
        //---------
        // forward
        // def accumulate_radiance(                                                               <L 74>
        // i, j = wp.tid()                                                                        <L 79>
        builtin_tid2d(var_0, var_1);
        // w = wp.float64(1.0) / wp.float64(wp.max(num_items, 1))                                 <L 82>
        var_2 = 1.0;
        var_4 = wp::max(var_num_items, var_3);
        var_5 = wp::float64(var_4);
        var_6 = wp::div(var_2, var_5);
        // mean = radiance_sum[i, j] + (wp.vec4d(frame[i, j]) - radiance_sum[i, j]) * w           <L 83>
        var_7 = wp::address(var_radiance_sum, var_0, var_1);
        var_8 = wp::address(var_frame, var_0, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::vec_t<4, wp::float64>(var_10);
        var_11 = wp::address(var_radiance_sum, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::sub(var_9, var_13);
        var_14 = wp::mul(var_12, var_6);
        var_16 = wp::load(var_7);
        var_15 = wp::add(var_16, var_14);
        // radiance_sum[i, j] = mean                                                              <L 84>
        // wp::array_store(var_radiance_sum, var_0, var_1, var_15);
        // frame[i, j] = wp.vec4(mean)                                                            <L 85>
        var_17 = wp::vec_t<4, wp::float32>(var_15);
        // wp::array_store(var_frame, var_0, var_1, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_frame, var_0, var_1, var_17, adj_frame, adj_0, adj_1, adj_17);
        wp::adj_vec_t(var_15, adj_15, adj_17);
        // adj: frame[i, j] = wp.vec4(mean)                                                       <L 85>
        wp::adj_array_store(var_radiance_sum, var_0, var_1, var_15, adj_radiance_sum, adj_0, adj_1, adj_15);
        // adj: radiance_sum[i, j] = mean                                                         <L 84>
        wp::adj_add(var_16, var_14, adj_7, adj_14, adj_15);
        wp::adj_mul(var_12, var_6, adj_12, adj_6, adj_14);
        wp::adj_sub(var_9, var_13, adj_9, adj_11, adj_12);
        wp::adj_address(var_radiance_sum, var_0, var_1, adj_radiance_sum, adj_0, adj_1, adj_11);
        wp::adj_vec_t(var_10, adj_8, adj_9);
        wp::adj_address(var_frame, var_0, var_1, adj_frame, adj_0, adj_1, adj_8);
        wp::adj_address(var_radiance_sum, var_0, var_1, adj_radiance_sum, adj_0, adj_1, adj_7);
        // adj: mean = radiance_sum[i, j] + (wp.vec4d(frame[i, j]) - radiance_sum[i, j]) * w      <L 83>
        wp::adj_div(var_2, var_5, var_6, adj_2, adj_5, adj_6);
        wp::adj_float64(var_4, adj_4, adj_5);
        wp::adj_max(var_num_items, var_3, adj_num_items, adj_3, adj_4);
        // adj: w = wp.float64(1.0) / wp.float64(wp.max(num_items, 1))                            <L 82>
        // adj: i, j = wp.tid()                                                                   <L 79>
        // adj: def accumulate_radiance(                                                          <L 74>
        continue;
    }
}

