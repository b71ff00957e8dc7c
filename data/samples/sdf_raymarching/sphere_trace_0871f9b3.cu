// Warp 1.19.0 cuda code for sphere_trace_0871f9b3.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// sphere_trace.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> pinhole_ray_0(
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


// sphere_trace.py:21
static CUDA_CALLABLE wp::float32 scene_sdf_0(
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.3;
    wp::float32 var_13;
    //---------
    // forward
    // def scene_sdf(p: wp.vec3):                                                             <L 22>
    // q = wp.vec2(wp.length(wp.vec2(p[0], p[2])) - 1.0, p[1])                                <L 24>
    var_1 = wp::extract(var_p, var_0);
    var_3 = wp::extract(var_p, var_2);
    var_4 = wp::vec_t<2, wp::float32>(var_1, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::sub(var_5, var_6);
    var_9 = wp::extract(var_p, var_8);
    var_10 = wp::vec_t<2, wp::float32>(var_7, var_9);
    // return wp.length(q) - 0.3                                                              <L 25>
    var_11 = wp::length(var_10);
    var_13 = wp::sub(var_11, var_12);
    return var_13;
}


// sphere_trace.py:28
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
    // def estimate_normal(p: wp.vec3):                                                       <L 29>
    // h = 1.0e-3                                                                             <L 31>
    // a = wp.vec3(1.0, -1.0, -1.0)                                                           <L 32>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    // b = wp.vec3(-1.0, -1.0, 1.0)                                                           <L 33>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    // c = wp.vec3(-1.0, 1.0, -1.0)                                                           <L 34>
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    // e = wp.vec3(1.0, 1.0, 1.0)                                                             <L 35>
    var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
    // g = a * scene_sdf(p + a * h) + b * scene_sdf(p + b * h) + c * scene_sdf(p + c * h) + e * scene_sdf(p + e * h)       <L 36>
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
    // return wp.normalize(g)                                                                 <L 37>
    var_36 = wp::normalize(var_35);
    return var_36;
}


// sphere_trace.py:11
static CUDA_CALLABLE wp::vec_t<3, wp::float32> fresnel_rim_0(
    wp::vec_t<3, wp::float32> var_albedo,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_rd,
    wp::vec_t<3, wp::float32> var_sky)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.04;
    const wp::float32 var_6 = 0.96;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    const wp::float32 var_9 = 5.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // forward
    // def fresnel_rim(albedo: wp.vec3, n: wp.vec3, rd: wp.vec3, sky: wp.vec3):               <L 12>
    // cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)                                         <L 13>
    var_0 = wp::dot(var_n, var_rd);
    var_1 = wp::neg(var_0);
    var_4 = wp::clamp(var_1, var_2, var_3);
    // fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)                                   <L 14>
    var_8 = wp::sub(var_7, var_4);
    var_10 = wp::pow(var_8, var_9);
    var_11 = wp::mul(var_6, var_10);
    var_12 = wp::add(var_5, var_11);
    // return wp.lerp(albedo * cos_theta, sky, fresnel)                                       <L 15>
    var_13 = wp::mul(var_albedo, var_4);
    var_14 = wp::lerp(var_13, var_sky, var_12);
    return var_14;
}


// sphere_trace.py:4
static CUDA_CALLABLE void adj_pinhole_ray_0(
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


// sphere_trace.py:21
static CUDA_CALLABLE void adj_scene_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.3;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def scene_sdf(p: wp.vec3):                                                             <L 22>
    // q = wp.vec2(wp.length(wp.vec2(p[0], p[2])) - 1.0, p[1])                                <L 24>
    var_1 = wp::extract(var_p, var_0);
    var_3 = wp::extract(var_p, var_2);
    var_4 = wp::vec_t<2, wp::float32>(var_1, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::sub(var_5, var_6);
    var_9 = wp::extract(var_p, var_8);
    var_10 = wp::vec_t<2, wp::float32>(var_7, var_9);
    // return wp.length(q) - 0.3                                                              <L 25>
    var_11 = wp::length(var_10);
    var_13 = wp::sub(var_11, var_12);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_13 += adj_ret;
    wp::adj_sub(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_length(var_10, var_11, adj_10, adj_11);
    // adj: return wp.length(q) - 0.3                                                         <L 25>
    wp::adj_vec_t(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_extract(var_p, var_8, adj_p, adj_8, adj_9);
    wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_length(var_4, var_5, adj_4, adj_5);
    wp::adj_vec_t(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_p, var_2, adj_p, adj_2, adj_3);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: q = wp.vec2(wp.length(wp.vec2(p[0], p[2])) - 1.0, p[1])                           <L 24>
    // adj: def scene_sdf(p: wp.vec3):                                                        <L 22>
    return;
}


// sphere_trace.py:28
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
    // def estimate_normal(p: wp.vec3):                                                       <L 29>
    // h = 1.0e-3                                                                             <L 31>
    // a = wp.vec3(1.0, -1.0, -1.0)                                                           <L 32>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    // b = wp.vec3(-1.0, -1.0, 1.0)                                                           <L 33>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    // c = wp.vec3(-1.0, 1.0, -1.0)                                                           <L 34>
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    // e = wp.vec3(1.0, 1.0, 1.0)                                                             <L 35>
    var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
    // g = a * scene_sdf(p + a * h) + b * scene_sdf(p + b * h) + c * scene_sdf(p + c * h) + e * scene_sdf(p + e * h)       <L 36>
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
    // return wp.normalize(g)                                                                 <L 37>
    var_36 = wp::normalize(var_35);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_36 += adj_ret;
    wp::adj_normalize(var_35, var_36, adj_35, adj_36);
    // adj: return wp.normalize(g)                                                            <L 37>
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
    // adj: g = a * scene_sdf(p + a * h) + b * scene_sdf(p + b * h) + c * scene_sdf(p + c * h) + e * scene_sdf(p + e * h)  <L 36>
    wp::adj_vec_t(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
    // adj: e = wp.vec3(1.0, 1.0, 1.0)                                                        <L 35>
    wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
    // adj: c = wp.vec3(-1.0, 1.0, -1.0)                                                      <L 34>
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    // adj: b = wp.vec3(-1.0, -1.0, 1.0)                                                      <L 33>
    wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    // adj: a = wp.vec3(1.0, -1.0, -1.0)                                                      <L 32>
    // adj: h = 1.0e-3                                                                        <L 31>
    // adj: def estimate_normal(p: wp.vec3):                                                  <L 29>
    return;
}


// sphere_trace.py:11
static CUDA_CALLABLE void adj_fresnel_rim_0(
    wp::vec_t<3, wp::float32> var_albedo,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_rd,
    wp::vec_t<3, wp::float32> var_sky,
    wp::vec_t<3, wp::float32> & adj_albedo,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_rd,
    wp::vec_t<3, wp::float32> & adj_sky,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.04;
    const wp::float32 var_6 = 0.96;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    const wp::float32 var_9 = 5.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
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
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    //---------
    // forward
    // def fresnel_rim(albedo: wp.vec3, n: wp.vec3, rd: wp.vec3, sky: wp.vec3):               <L 12>
    // cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)                                         <L 13>
    var_0 = wp::dot(var_n, var_rd);
    var_1 = wp::neg(var_0);
    var_4 = wp::clamp(var_1, var_2, var_3);
    // fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)                                   <L 14>
    var_8 = wp::sub(var_7, var_4);
    var_10 = wp::pow(var_8, var_9);
    var_11 = wp::mul(var_6, var_10);
    var_12 = wp::add(var_5, var_11);
    // return wp.lerp(albedo * cos_theta, sky, fresnel)                                       <L 15>
    var_13 = wp::mul(var_albedo, var_4);
    var_14 = wp::lerp(var_13, var_sky, var_12);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_14 += adj_ret;
    wp::adj_lerp(var_13, var_sky, var_12, adj_13, adj_sky, adj_12, adj_14);
    wp::adj_mul(var_albedo, var_4, adj_albedo, adj_4, adj_13);
    // adj: return wp.lerp(albedo * cos_theta, sky, fresnel)                                  <L 15>
    wp::adj_add(var_5, var_11, adj_5, adj_11, adj_12);
    wp::adj_mul(var_6, var_10, adj_6, adj_10, adj_11);
    wp::adj_pow(var_8, var_9, var_10, adj_8, adj_9, adj_10);
    wp::adj_sub(var_7, var_4, adj_7, adj_4, adj_8);
    // adj: fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)                              <L 14>
    wp::adj_clamp(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    wp::adj_neg(var_0, adj_0, adj_1);
    wp::adj_dot(var_n, var_rd, adj_n, adj_rd, adj_0);
    // adj: cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)                                    <L 13>
    // adj: def fresnel_rim(albedo: wp.vec3, n: wp.vec3, rd: wp.vec3, sky: wp.vec3):          <L 12>
    return;
}



extern "C" __global__ void sphere_trace_84f7ddaf_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::vec_t<3, wp::float32> var_camera_position,
    wp::quat_t<wp::float32> var_camera_rotation,
    wp::vec_t<3, wp::float32> var_background,
    wp::float32 var_fog_density,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels_out)
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
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 0.0;
        wp::float32 var_12;
        const bool var_13 = false;
        bool var_14;
        const wp::int32 var_15 = 64;
        wp::range_t var_16;
        wp::int32 var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.001;
        bool var_22;
        bool var_23;
        const wp::float32 var_24 = 20.0;
        bool var_25;
        bool var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        const wp::float32 var_32 = 0.85;
        const wp::float32 var_33 = 0.9;
        const wp::float32 var_34 = 0.95;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::vec_t<3, wp::float32> var_40;
        //---------
        // forward
        // def sphere_trace(                                                                      <L 41>
        // i, j = wp.tid()                                                                        <L 48>
        builtin_tid2d(var_0, var_1);
        // width = pixels_out.shape[0]                                                            <L 49>
        var_2 = &(var_pixels_out.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = pixels_out.shape[1]                                                           <L 50>
        var_6 = &(var_pixels_out.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // ray_dir = pinhole_ray(i, j, width, height, camera_rotation)                            <L 51>
        var_10 = pinhole_ray_0(var_0, var_1, var_4, var_8, var_camera_rotation);
        // travelled = float(0.0)                                                                 <L 52>
        var_12 = wp::float(var_11);
        // hit = bool(False)                                                                      <L 53>
        var_14 = bool(var_13);
        // for _step in range(MAX_STEPS):                                                         <L 54>
        var_16 = wp::range(var_15);
        start_for_0:;
            if (iter_cmp(var_16) == 0) goto end_for_0;
            var_17 = wp::iter_next(var_16);
            // step = scene_sdf(camera_position + ray_dir * travelled)                            <L 55>
            var_18 = wp::mul(var_10, var_12);
            var_19 = wp::add(var_camera_position, var_18);
            var_20 = scene_sdf_0(var_19);
            // hit = step < 1.0e-3                                                                <L 56>
            var_22 = (var_20 < var_21);
            // if hit or travelled > 20.0:                                                        <L 57>
            var_23 = var_22;
            if (!var_23) {
                var_25 = (var_12 > var_24);
                var_23 = var_23 || var_25;
            }
            if (var_23) {
                // break                                                                          <L 58>
                wp::assign(var_14, var_22);
                goto end_for_0;
            }
            var_26 = wp::where(var_23, var_14, var_22);
            // travelled += step                                                                  <L 59>
            var_27 = wp::add(var_12, var_20);
            wp::assign(var_12, var_27);
            wp::assign(var_14, var_26);
            goto start_for_0;
        end_for_0:;
        // if hit:                                                                                <L 60>
        if (var_14) {
            // t = travelled                                                                      <L 61>
            var_28 = wp::copy(var_12);
            // p = camera_position + ray_dir * t                                                  <L 62>
            var_29 = wp::mul(var_10, var_28);
            var_30 = wp::add(var_camera_position, var_29);
            // n = estimate_normal(p)                                                             <L 63>
            var_31 = estimate_normal_0(var_30);
            // lit = fresnel_rim(wp.vec3(0.85, 0.9, 0.95), n, ray_dir, background)                <L 64>
            var_35 = wp::vec_t<3, wp::float32>(var_32, var_33, var_34);
            var_36 = fresnel_rim_0(var_35, var_31, var_10, var_background);
            // color = wp.lerp(background, lit, wp.exp(-fog_density * t))                         <L 65>
            var_37 = wp::neg(var_fog_density);
            var_38 = wp::mul(var_37, var_28);
            var_39 = wp::exp(var_38);
            var_40 = wp::lerp(var_background, var_36, var_39);
            // pixels_out[i, j] = color                                                           <L 66>
            wp::array_store(var_pixels_out, var_0, var_1, var_40);
        }
        if (!var_14) {
            // pixels_out[i, j] = background                                                      <L 68>
            wp::array_store(var_pixels_out, var_0, var_1, var_background);
        }
    }
}



extern "C" __global__ void sphere_trace_84f7ddaf_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::vec_t<3, wp::float32> var_camera_position,
    wp::quat_t<wp::float32> var_camera_rotation,
    wp::vec_t<3, wp::float32> var_background,
    wp::float32 var_fog_density,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels_out,
    wp::vec_t<3, wp::float32> adj_camera_position,
    wp::quat_t<wp::float32> adj_camera_rotation,
    wp::vec_t<3, wp::float32> adj_background,
    wp::float32 adj_fog_density,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pixels_out)
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
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 0.0;
        wp::float32 var_12;
        const bool var_13 = false;
        bool var_14;
        const wp::int32 var_15 = 64;
        wp::range_t var_16;
        wp::int32 var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.001;
        bool var_22;
        bool var_23;
        const wp::float32 var_24 = 20.0;
        bool var_25;
        bool var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        const wp::float32 var_32 = 0.85;
        const wp::float32 var_33 = 0.9;
        const wp::float32 var_34 = 0.95;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::vec_t<3, wp::float32> var_40;
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
        bool adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        wp::range_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        bool adj_22 = {};
        bool adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        bool adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        //---------
        // forward
        // def sphere_trace(                                                                      <L 41>
        // i, j = wp.tid()                                                                        <L 48>
        builtin_tid2d(var_0, var_1);
        // width = pixels_out.shape[0]                                                            <L 49>
        var_2 = &(var_pixels_out.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = pixels_out.shape[1]                                                           <L 50>
        var_6 = &(var_pixels_out.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // ray_dir = pinhole_ray(i, j, width, height, camera_rotation)                            <L 51>
        var_10 = pinhole_ray_0(var_0, var_1, var_4, var_8, var_camera_rotation);
        // travelled = float(0.0)                                                                 <L 52>
        var_12 = wp::float(var_11);
        // hit = bool(False)                                                                      <L 53>
        var_14 = bool(var_13);
        // for _step in range(MAX_STEPS):                                                         <L 54>
        var_16 = wp::range(var_15);
        // if hit:                                                                                <L 60>
        if (var_14) {
            // t = travelled                                                                      <L 61>
            var_28 = wp::copy(var_12);
            // p = camera_position + ray_dir * t                                                  <L 62>
            var_29 = wp::mul(var_10, var_28);
            var_30 = wp::add(var_camera_position, var_29);
            // n = estimate_normal(p)                                                             <L 63>
            var_31 = estimate_normal_0(var_30);
            // lit = fresnel_rim(wp.vec3(0.85, 0.9, 0.95), n, ray_dir, background)                <L 64>
            var_35 = wp::vec_t<3, wp::float32>(var_32, var_33, var_34);
            var_36 = fresnel_rim_0(var_35, var_31, var_10, var_background);
            // color = wp.lerp(background, lit, wp.exp(-fog_density * t))                         <L 65>
            var_37 = wp::neg(var_fog_density);
            var_38 = wp::mul(var_37, var_28);
            var_39 = wp::exp(var_38);
            var_40 = wp::lerp(var_background, var_36, var_39);
            // pixels_out[i, j] = color                                                           <L 66>
            // wp::array_store(var_pixels_out, var_0, var_1, var_40);
        }
        if (!var_14) {
            // pixels_out[i, j] = background                                                      <L 68>
            // wp::array_store(var_pixels_out, var_0, var_1, var_background);
        }
        //---------
        // reverse
        if (!var_14) {
            wp::adj_array_store(var_pixels_out, var_0, var_1, var_background, adj_pixels_out, adj_0, adj_1, adj_background);
            // adj: pixels_out[i, j] = background                                                 <L 68>
        }
        if (var_14) {
            wp::adj_array_store(var_pixels_out, var_0, var_1, var_40, adj_pixels_out, adj_0, adj_1, adj_40);
            // adj: pixels_out[i, j] = color                                                      <L 66>
            wp::adj_lerp(var_background, var_36, var_39, adj_background, adj_36, adj_39, adj_40);
            wp::adj_exp(var_38, var_39, adj_38, adj_39);
            wp::adj_mul(var_37, var_28, adj_37, adj_28, adj_38);
            wp::adj_neg(var_fog_density, adj_fog_density, adj_37);
            // adj: color = wp.lerp(background, lit, wp.exp(-fog_density * t))                    <L 65>
            adj_fresnel_rim_0(var_35, var_31, var_10, var_background, adj_35, adj_31, adj_10, adj_background, adj_36);
            wp::adj_vec_t(var_32, var_33, var_34, adj_32, adj_33, adj_34, adj_35);
            // adj: lit = fresnel_rim(wp.vec3(0.85, 0.9, 0.95), n, ray_dir, background)           <L 64>
            adj_estimate_normal_0(var_30, adj_30, adj_31);
            // adj: n = estimate_normal(p)                                                        <L 63>
            wp::adj_add(var_camera_position, var_29, adj_camera_position, adj_29, adj_30);
            wp::adj_mul(var_10, var_28, adj_10, adj_28, adj_29);
            // adj: p = camera_position + ray_dir * t                                             <L 62>
            wp::adj_copy(var_12, adj_12, adj_28);
            // adj: t = travelled                                                                 <L 61>
        }
        // adj: if hit:                                                                           <L 60>
        var_16 = wp::iter_reverse(var_16);
        start_for_0:;
            if (iter_cmp(var_16) == 0) goto end_for_0;
            var_17 = wp::iter_next(var_16);
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
            // step = scene_sdf(camera_position + ray_dir * travelled)                            <L 55>
            var_18 = wp::mul(var_10, var_12);
            var_19 = wp::add(var_camera_position, var_18);
            var_20 = scene_sdf_0(var_19);
            // hit = step < 1.0e-3                                                                <L 56>
            var_22 = (var_20 < var_21);
            // if hit or travelled > 20.0:                                                        <L 57>
            var_23 = var_22;
            if (!var_23) {
                var_25 = (var_12 > var_24);
                var_23 = var_23 || var_25;
            }
            if (var_23) {
                // break                                                                          <L 58>
                wp::assign(var_14, var_22);
                goto end_for_0;
            }
            var_26 = wp::where(var_23, var_14, var_22);
            // travelled += step                                                                  <L 59>
            var_27 = wp::add(var_12, var_20);
            wp::assign(var_12, var_27);
            wp::assign(var_14, var_26);
            wp::adj_assign(var_14, var_26, adj_14, adj_26);
            wp::adj_assign(var_12, var_27, adj_12, adj_27);
            wp::adj_add(var_12, var_20, adj_12, adj_20, adj_27);
            // adj: travelled += step                                                             <L 59>
            wp::adj_where(var_23, var_14, var_22, adj_23, adj_14, adj_22, adj_26);
            if (var_23) {
                wp::adj_assign(var_14, var_22, adj_14, adj_22);
                // adj: break                                                                     <L 58>
            }
            if (!var_23) {
            }
            // adj: if hit or travelled > 20.0:                                                   <L 57>
            // adj: hit = step < 1.0e-3                                                           <L 56>
            adj_scene_sdf_0(var_19, adj_19, adj_20);
            wp::adj_add(var_camera_position, var_18, adj_camera_position, adj_18, adj_19);
            wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_18);
            // adj: step = scene_sdf(camera_position + ray_dir * travelled)                       <L 55>
        	goto start_for_0;
        end_for_0:;
        // adj: for _step in range(MAX_STEPS):                                                    <L 54>
        // adj: hit = bool(False)                                                                 <L 53>
        wp::adj_float(var_11, adj_11, adj_12);
        // adj: travelled = float(0.0)                                                            <L 52>
        adj_pinhole_ray_0(var_0, var_1, var_4, var_8, var_camera_rotation, adj_0, adj_1, adj_4, adj_8, adj_camera_rotation, adj_10);
        // adj: ray_dir = pinhole_ray(i, j, width, height, camera_rotation)                       <L 51>
        adj_pixels_out.shape = adj_6;
        // adj: height = pixels_out.shape[1]                                                      <L 50>
        adj_pixels_out.shape = adj_2;
        // adj: width = pixels_out.shape[0]                                                       <L 49>
        // adj: i, j = wp.tid()                                                                   <L 48>
        // adj: def sphere_trace(                                                                 <L 41>
        continue;
    }
}

