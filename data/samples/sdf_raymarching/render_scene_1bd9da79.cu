// Warp 1.19.0 cuda code for render_scene_1bd9da79.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// render_scene.py:7
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
    wp::float32 var_28;
    const wp::int32 var_29 = 0;
    wp::float32 var_30;
    const wp::int32 var_31 = 1;
    wp::float32 var_32;
    const wp::int32 var_33 = 2;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.0;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::float32 var_40 = 0.1;
    wp::float32 var_41;
    //---------
    // forward
    // def scene_sdf(p: wp.vec3):                                                             <L 8>
    // q = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - wp.vec3(0.8, 0.4, 0.6)         <L 9>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::abs(var_1);
    var_4 = wp::extract(var_p, var_3);
    var_5 = wp::abs(var_4);
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::abs(var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    var_14 = wp::sub(var_9, var_13);
    // outside = wp.vec3(wp.max(q[0], 0.0), wp.max(q[1], 0.0), wp.max(q[2], 0.0))             <L 10>
    var_16 = wp::extract(var_14, var_15);
    var_18 = wp::max(var_16, var_17);
    var_20 = wp::extract(var_14, var_19);
    var_22 = wp::max(var_20, var_21);
    var_24 = wp::extract(var_14, var_23);
    var_26 = wp::max(var_24, var_25);
    var_27 = wp::vec_t<3, wp::float32>(var_18, var_22, var_26);
    // return wp.length(outside) + wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0) - 0.1        <L 11>
    var_28 = wp::length(var_27);
    var_30 = wp::extract(var_14, var_29);
    var_32 = wp::extract(var_14, var_31);
    var_34 = wp::extract(var_14, var_33);
    var_35 = wp::max(var_32, var_34);
    var_36 = wp::max(var_30, var_35);
    var_38 = wp::min(var_36, var_37);
    var_39 = wp::add(var_28, var_38);
    var_41 = wp::sub(var_39, var_40);
    return var_41;
}


// render_scene.py:14
static CUDA_CALLABLE wp::vec_t<3, wp::float32> estimate_normal_0(
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.001;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.0;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.0;
    const wp::float32 var_24 = 0.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.0;
    const wp::float32 var_29 = 0.0;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    //---------
    // forward
    // def estimate_normal(p: wp.vec3):                                                       <L 15>
    // eps = 1.0e-3                                                                           <L 16>
    // dx = scene_sdf(p + wp.vec3(eps, 0.0, 0.0)) - scene_sdf(p - wp.vec3(eps, 0.0, 0.0))       <L 18>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::add(var_p, var_3);
    var_5 = scene_sdf_0(var_4);
    var_8 = wp::vec_t<3, wp::float32>(var_0, var_6, var_7);
    var_9 = wp::sub(var_p, var_8);
    var_10 = scene_sdf_0(var_9);
    var_11 = wp::sub(var_5, var_10);
    // dy = scene_sdf(p + wp.vec3(0.0, eps, 0.0)) - scene_sdf(p - wp.vec3(0.0, eps, 0.0))       <L 19>
    var_14 = wp::vec_t<3, wp::float32>(var_12, var_0, var_13);
    var_15 = wp::add(var_p, var_14);
    var_16 = scene_sdf_0(var_15);
    var_19 = wp::vec_t<3, wp::float32>(var_17, var_0, var_18);
    var_20 = wp::sub(var_p, var_19);
    var_21 = scene_sdf_0(var_20);
    var_22 = wp::sub(var_16, var_21);
    // dz = scene_sdf(p + wp.vec3(0.0, 0.0, eps)) - scene_sdf(p - wp.vec3(0.0, 0.0, eps))       <L 20>
    var_25 = wp::vec_t<3, wp::float32>(var_23, var_24, var_0);
    var_26 = wp::add(var_p, var_25);
    var_27 = scene_sdf_0(var_26);
    var_30 = wp::vec_t<3, wp::float32>(var_28, var_29, var_0);
    var_31 = wp::sub(var_p, var_30);
    var_32 = scene_sdf_0(var_31);
    var_33 = wp::sub(var_27, var_32);
    // return wp.normalize(wp.vec3(dx, dy, dz))                                               <L 21>
    var_34 = wp::vec_t<3, wp::float32>(var_11, var_22, var_33);
    var_35 = wp::normalize(var_34);
    return var_35;
}


// render_scene.py:7
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
    wp::float32 var_28;
    const wp::int32 var_29 = 0;
    wp::float32 var_30;
    const wp::int32 var_31 = 1;
    wp::float32 var_32;
    const wp::int32 var_33 = 2;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.0;
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
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
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
    // def scene_sdf(p: wp.vec3):                                                             <L 8>
    // q = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - wp.vec3(0.8, 0.4, 0.6)         <L 9>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::abs(var_1);
    var_4 = wp::extract(var_p, var_3);
    var_5 = wp::abs(var_4);
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::abs(var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    var_14 = wp::sub(var_9, var_13);
    // outside = wp.vec3(wp.max(q[0], 0.0), wp.max(q[1], 0.0), wp.max(q[2], 0.0))             <L 10>
    var_16 = wp::extract(var_14, var_15);
    var_18 = wp::max(var_16, var_17);
    var_20 = wp::extract(var_14, var_19);
    var_22 = wp::max(var_20, var_21);
    var_24 = wp::extract(var_14, var_23);
    var_26 = wp::max(var_24, var_25);
    var_27 = wp::vec_t<3, wp::float32>(var_18, var_22, var_26);
    // return wp.length(outside) + wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0) - 0.1        <L 11>
    var_28 = wp::length(var_27);
    var_30 = wp::extract(var_14, var_29);
    var_32 = wp::extract(var_14, var_31);
    var_34 = wp::extract(var_14, var_33);
    var_35 = wp::max(var_32, var_34);
    var_36 = wp::max(var_30, var_35);
    var_38 = wp::min(var_36, var_37);
    var_39 = wp::add(var_28, var_38);
    var_41 = wp::sub(var_39, var_40);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_41 += adj_ret;
    wp::adj_sub(var_39, var_40, adj_39, adj_40, adj_41);
    wp::adj_add(var_28, var_38, adj_28, adj_38, adj_39);
    wp::adj_min(var_36, var_37, adj_36, adj_37, adj_38);
    wp::adj_max(var_30, var_35, adj_30, adj_35, adj_36);
    wp::adj_max(var_32, var_34, adj_32, adj_34, adj_35);
    wp::adj_extract(var_14, var_33, adj_14, adj_33, adj_34);
    wp::adj_extract(var_14, var_31, adj_14, adj_31, adj_32);
    wp::adj_extract(var_14, var_29, adj_14, adj_29, adj_30);
    wp::adj_length(var_27, var_28, adj_27, adj_28);
    // adj: return wp.length(outside) + wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0) - 0.1   <L 11>
    wp::adj_vec_t(var_18, var_22, var_26, adj_18, adj_22, adj_26, adj_27);
    wp::adj_max(var_24, var_25, adj_24, adj_25, adj_26);
    wp::adj_extract(var_14, var_23, adj_14, adj_23, adj_24);
    wp::adj_max(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_extract(var_14, var_19, adj_14, adj_19, adj_20);
    wp::adj_max(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_extract(var_14, var_15, adj_14, adj_15, adj_16);
    // adj: outside = wp.vec3(wp.max(q[0], 0.0), wp.max(q[1], 0.0), wp.max(q[2], 0.0))        <L 10>
    wp::adj_sub(var_9, var_13, adj_9, adj_13, adj_14);
    wp::adj_vec_t(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    wp::adj_vec_t(var_2, var_5, var_8, adj_2, adj_5, adj_8, adj_9);
    wp::adj_abs(var_7, adj_7, adj_8);
    wp::adj_extract(var_p, var_6, adj_p, adj_6, adj_7);
    wp::adj_abs(var_4, adj_4, adj_5);
    wp::adj_extract(var_p, var_3, adj_p, adj_3, adj_4);
    wp::adj_abs(var_1, adj_1, adj_2);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: q = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - wp.vec3(0.8, 0.4, 0.6)    <L 9>
    // adj: def scene_sdf(p: wp.vec3):                                                        <L 8>
    return;
}


// render_scene.py:14
static CUDA_CALLABLE void adj_estimate_normal_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.001;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.0;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.0;
    const wp::float32 var_24 = 0.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.0;
    const wp::float32 var_29 = 0.0;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    //---------
    // forward
    // def estimate_normal(p: wp.vec3):                                                       <L 15>
    // eps = 1.0e-3                                                                           <L 16>
    // dx = scene_sdf(p + wp.vec3(eps, 0.0, 0.0)) - scene_sdf(p - wp.vec3(eps, 0.0, 0.0))       <L 18>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::add(var_p, var_3);
    var_5 = scene_sdf_0(var_4);
    var_8 = wp::vec_t<3, wp::float32>(var_0, var_6, var_7);
    var_9 = wp::sub(var_p, var_8);
    var_10 = scene_sdf_0(var_9);
    var_11 = wp::sub(var_5, var_10);
    // dy = scene_sdf(p + wp.vec3(0.0, eps, 0.0)) - scene_sdf(p - wp.vec3(0.0, eps, 0.0))       <L 19>
    var_14 = wp::vec_t<3, wp::float32>(var_12, var_0, var_13);
    var_15 = wp::add(var_p, var_14);
    var_16 = scene_sdf_0(var_15);
    var_19 = wp::vec_t<3, wp::float32>(var_17, var_0, var_18);
    var_20 = wp::sub(var_p, var_19);
    var_21 = scene_sdf_0(var_20);
    var_22 = wp::sub(var_16, var_21);
    // dz = scene_sdf(p + wp.vec3(0.0, 0.0, eps)) - scene_sdf(p - wp.vec3(0.0, 0.0, eps))       <L 20>
    var_25 = wp::vec_t<3, wp::float32>(var_23, var_24, var_0);
    var_26 = wp::add(var_p, var_25);
    var_27 = scene_sdf_0(var_26);
    var_30 = wp::vec_t<3, wp::float32>(var_28, var_29, var_0);
    var_31 = wp::sub(var_p, var_30);
    var_32 = scene_sdf_0(var_31);
    var_33 = wp::sub(var_27, var_32);
    // return wp.normalize(wp.vec3(dx, dy, dz))                                               <L 21>
    var_34 = wp::vec_t<3, wp::float32>(var_11, var_22, var_33);
    var_35 = wp::normalize(var_34);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_35 += adj_ret;
    wp::adj_normalize(var_34, var_35, adj_34, adj_35);
    wp::adj_vec_t(var_11, var_22, var_33, adj_11, adj_22, adj_33, adj_34);
    // adj: return wp.normalize(wp.vec3(dx, dy, dz))                                          <L 21>
    wp::adj_sub(var_27, var_32, adj_27, adj_32, adj_33);
    adj_scene_sdf_0(var_31, adj_31, adj_32);
    wp::adj_sub(var_p, var_30, adj_p, adj_30, adj_31);
    wp::adj_vec_t(var_28, var_29, var_0, adj_28, adj_29, adj_0, adj_30);
    adj_scene_sdf_0(var_26, adj_26, adj_27);
    wp::adj_add(var_p, var_25, adj_p, adj_25, adj_26);
    wp::adj_vec_t(var_23, var_24, var_0, adj_23, adj_24, adj_0, adj_25);
    // adj: dz = scene_sdf(p + wp.vec3(0.0, 0.0, eps)) - scene_sdf(p - wp.vec3(0.0, 0.0, eps))  <L 20>
    wp::adj_sub(var_16, var_21, adj_16, adj_21, adj_22);
    adj_scene_sdf_0(var_20, adj_20, adj_21);
    wp::adj_sub(var_p, var_19, adj_p, adj_19, adj_20);
    wp::adj_vec_t(var_17, var_0, var_18, adj_17, adj_0, adj_18, adj_19);
    adj_scene_sdf_0(var_15, adj_15, adj_16);
    wp::adj_add(var_p, var_14, adj_p, adj_14, adj_15);
    wp::adj_vec_t(var_12, var_0, var_13, adj_12, adj_0, adj_13, adj_14);
    // adj: dy = scene_sdf(p + wp.vec3(0.0, eps, 0.0)) - scene_sdf(p - wp.vec3(0.0, eps, 0.0))  <L 19>
    wp::adj_sub(var_5, var_10, adj_5, adj_10, adj_11);
    adj_scene_sdf_0(var_9, adj_9, adj_10);
    wp::adj_sub(var_p, var_8, adj_p, adj_8, adj_9);
    wp::adj_vec_t(var_0, var_6, var_7, adj_0, adj_6, adj_7, adj_8);
    adj_scene_sdf_0(var_4, adj_4, adj_5);
    wp::adj_add(var_p, var_3, adj_p, adj_3, adj_4);
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: dx = scene_sdf(p + wp.vec3(eps, 0.0, 0.0)) - scene_sdf(p - wp.vec3(eps, 0.0, 0.0))  <L 18>
    // adj: eps = 1.0e-3                                                                      <L 16>
    // adj: def estimate_normal(p: wp.vec3):                                                  <L 15>
    return;
}



extern "C" __global__ void render_scene_8af7b9ce_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::vec_t<3, wp::float32> var_camera_position,
    wp::vec_t<3, wp::float32> var_look_at,
    wp::float32 var_fov_y,
    wp::float32 var_far_plane,
    wp::vec_t<3, wp::float32> var_background,
    wp::vec_t<3, wp::float32> var_base_color,
    wp::float32 var_fog_density,
    wp::array_t<wp::vec_t<3, wp::float32>> var_result)
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
        const wp::float32 var_10 = 2.0;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 1.0;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 2.0;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.5;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 1.0;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        const wp::float32 var_34 = 0.0;
        const wp::float32 var_35 = 1.0;
        const wp::float32 var_36 = 0.0;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        const wp::float32 var_44 = 0.5;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        const wp::float32 var_50 = 0.0;
        wp::float32 var_51;
        const wp::float32 var_52 = 1.0;
        wp::float32 var_53;
        const wp::int32 var_54 = 64;
        wp::range_t var_55;
        wp::int32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::float32 var_59;
        bool var_60;
        const wp::float32 var_61 = 0.001;
        bool var_62;
        bool var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        const wp::float32 var_66 = 0.001;
        bool var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        const wp::float32 var_73 = 0.0;
        const wp::float32 var_74 = 1.0;
        wp::float32 var_75;
        const wp::float32 var_76 = 0.04;
        const wp::float32 var_77 = 0.96;
        const wp::float32 var_78 = 1.0;
        wp::float32 var_79;
        const wp::float32 var_80 = 5.0;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::vec_t<3, wp::float32> var_89;
        //---------
        // forward
        // def render_scene(                                                                      <L 25>
        // i, j = wp.tid()                                                                        <L 35>
        builtin_tid2d(var_0, var_1);
        // width = result.shape[0]                                                                <L 36>
        var_2 = &(var_result.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = result.shape[1]                                                               <L 37>
        var_6 = &(var_result.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)       <L 40>
        var_11 = wp::float(var_0);
        var_13 = wp::add(var_11, var_12);
        var_14 = wp::mul(var_10, var_13);
        var_15 = wp::float(var_4);
        var_16 = wp::div(var_14, var_15);
        var_18 = wp::sub(var_16, var_17);
        var_19 = wp::float(var_4);
        var_20 = wp::mul(var_18, var_19);
        var_21 = wp::float(var_8);
        var_22 = wp::div(var_20, var_21);
        // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 41>
        var_24 = wp::float(var_1);
        var_26 = wp::add(var_24, var_25);
        var_27 = wp::mul(var_23, var_26);
        var_28 = wp::float(var_8);
        var_29 = wp::div(var_27, var_28);
        var_31 = wp::sub(var_29, var_30);
        // forward = wp.normalize(look_at - camera_position)                                      <L 42>
        var_32 = wp::sub(var_look_at, var_camera_position);
        var_33 = wp::normalize(var_32);
        // side = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))                         <L 43>
        var_37 = wp::vec_t<3, wp::float32>(var_34, var_35, var_36);
        var_38 = wp::cross(var_33, var_37);
        var_39 = wp::normalize(var_38);
        // cam_up = wp.cross(side, forward)                                                       <L 44>
        var_40 = wp::cross(var_39, var_33);
        // rd = wp.normalize(forward + (side * sx + cam_up * sy) * wp.tan(0.5 * fov_y))           <L 45>
        var_41 = wp::mul(var_39, var_22);
        var_42 = wp::mul(var_40, var_31);
        var_43 = wp::add(var_41, var_42);
        var_45 = wp::mul(var_44, var_fov_y);
        var_46 = wp::tan(var_45);
        var_47 = wp::mul(var_43, var_46);
        var_48 = wp::add(var_33, var_47);
        var_49 = wp::normalize(var_48);
        // t = float(0.0)                                                                         <L 46>
        var_51 = wp::float(var_50);
        // d = float(1.0)                                                                         <L 47>
        var_53 = wp::float(var_52);
        // for _step in range(MAX_STEPS):                                                         <L 48>
        var_55 = wp::range(var_54);
        start_for_0:;
            if (iter_cmp(var_55) == 0) goto end_for_0;
            var_56 = wp::iter_next(var_55);
            // d = scene_sdf(camera_position + rd * t)                                            <L 49>
            var_57 = wp::mul(var_49, var_51);
            var_58 = wp::add(var_camera_position, var_57);
            var_59 = scene_sdf_0(var_58);
            // if d < 1.0e-3 or t > far_plane:                                                    <L 50>
            var_62 = (var_59 < var_61);
            var_60 = var_62;
            if (!var_60) {
                var_63 = (var_51 > var_far_plane);
                var_60 = var_60 || var_63;
            }
            if (var_60) {
                // break                                                                          <L 51>
                wp::assign(var_53, var_59);
                goto end_for_0;
            }
            var_64 = wp::where(var_60, var_53, var_59);
            // t += d                                                                             <L 52>
            var_65 = wp::add(var_51, var_64);
            wp::assign(var_51, var_65);
            wp::assign(var_53, var_64);
            goto start_for_0;
        end_for_0:;
        // if d < 1.0e-3:                                                                         <L 53>
        var_67 = (var_53 < var_66);
        if (var_67) {
            // p = camera_position + rd * t                                                       <L 54>
            var_68 = wp::mul(var_49, var_51);
            var_69 = wp::add(var_camera_position, var_68);
            // n = estimate_normal(p)                                                             <L 55>
            var_70 = estimate_normal_0(var_69);
            // cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)                                     <L 58>
            var_71 = wp::dot(var_70, var_49);
            var_72 = wp::neg(var_71);
            var_75 = wp::clamp(var_72, var_73, var_74);
            // fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)                               <L 59>
            var_79 = wp::sub(var_78, var_75);
            var_81 = wp::pow(var_79, var_80);
            var_82 = wp::mul(var_77, var_81);
            var_83 = wp::add(var_76, var_82);
            // shaded = wp.lerp(base_color * cos_theta, background, fresnel)                      <L 60>
            var_84 = wp::mul(var_base_color, var_75);
            var_85 = wp::lerp(var_84, var_background, var_83);
            // shade = wp.lerp(background, shaded, wp.exp(-fog_density * t))                      <L 61>
            var_86 = wp::neg(var_fog_density);
            var_87 = wp::mul(var_86, var_51);
            var_88 = wp::exp(var_87);
            var_89 = wp::lerp(var_background, var_85, var_88);
            // result[i, j] = shade                                                               <L 62>
            wp::array_store(var_result, var_0, var_1, var_89);
        }
        if (!var_67) {
            // result[i, j] = background                                                          <L 64>
            wp::array_store(var_result, var_0, var_1, var_background);
        }
    }
}



extern "C" __global__ void render_scene_8af7b9ce_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::vec_t<3, wp::float32> var_camera_position,
    wp::vec_t<3, wp::float32> var_look_at,
    wp::float32 var_fov_y,
    wp::float32 var_far_plane,
    wp::vec_t<3, wp::float32> var_background,
    wp::vec_t<3, wp::float32> var_base_color,
    wp::float32 var_fog_density,
    wp::array_t<wp::vec_t<3, wp::float32>> var_result,
    wp::vec_t<3, wp::float32> adj_camera_position,
    wp::vec_t<3, wp::float32> adj_look_at,
    wp::float32 adj_fov_y,
    wp::float32 adj_far_plane,
    wp::vec_t<3, wp::float32> adj_background,
    wp::vec_t<3, wp::float32> adj_base_color,
    wp::float32 adj_fog_density,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_result)
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
        const wp::float32 var_10 = 2.0;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 1.0;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 2.0;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.5;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 1.0;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        const wp::float32 var_34 = 0.0;
        const wp::float32 var_35 = 1.0;
        const wp::float32 var_36 = 0.0;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        const wp::float32 var_44 = 0.5;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        const wp::float32 var_50 = 0.0;
        wp::float32 var_51;
        const wp::float32 var_52 = 1.0;
        wp::float32 var_53;
        const wp::int32 var_54 = 64;
        wp::range_t var_55;
        wp::int32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::float32 var_59;
        bool var_60;
        const wp::float32 var_61 = 0.001;
        bool var_62;
        bool var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        const wp::float32 var_66 = 0.001;
        bool var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        const wp::float32 var_73 = 0.0;
        const wp::float32 var_74 = 1.0;
        wp::float32 var_75;
        const wp::float32 var_76 = 0.04;
        const wp::float32 var_77 = 0.96;
        const wp::float32 var_78 = 1.0;
        wp::float32 var_79;
        const wp::float32 var_80 = 5.0;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::vec_t<3, wp::float32> var_89;
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
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::range_t adj_55 = {};
        wp::int32 adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::float32 adj_59 = {};
        bool adj_60 = {};
        wp::float32 adj_61 = {};
        bool adj_62 = {};
        bool adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        bool adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        wp::vec_t<3, wp::float32> adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::vec_t<3, wp::float32> adj_84 = {};
        wp::vec_t<3, wp::float32> adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::vec_t<3, wp::float32> adj_89 = {};
        //---------
        // forward
        // def render_scene(                                                                      <L 25>
        // i, j = wp.tid()                                                                        <L 35>
        builtin_tid2d(var_0, var_1);
        // width = result.shape[0]                                                                <L 36>
        var_2 = &(var_result.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = result.shape[1]                                                               <L 37>
        var_6 = &(var_result.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)       <L 40>
        var_11 = wp::float(var_0);
        var_13 = wp::add(var_11, var_12);
        var_14 = wp::mul(var_10, var_13);
        var_15 = wp::float(var_4);
        var_16 = wp::div(var_14, var_15);
        var_18 = wp::sub(var_16, var_17);
        var_19 = wp::float(var_4);
        var_20 = wp::mul(var_18, var_19);
        var_21 = wp::float(var_8);
        var_22 = wp::div(var_20, var_21);
        // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 41>
        var_24 = wp::float(var_1);
        var_26 = wp::add(var_24, var_25);
        var_27 = wp::mul(var_23, var_26);
        var_28 = wp::float(var_8);
        var_29 = wp::div(var_27, var_28);
        var_31 = wp::sub(var_29, var_30);
        // forward = wp.normalize(look_at - camera_position)                                      <L 42>
        var_32 = wp::sub(var_look_at, var_camera_position);
        var_33 = wp::normalize(var_32);
        // side = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))                         <L 43>
        var_37 = wp::vec_t<3, wp::float32>(var_34, var_35, var_36);
        var_38 = wp::cross(var_33, var_37);
        var_39 = wp::normalize(var_38);
        // cam_up = wp.cross(side, forward)                                                       <L 44>
        var_40 = wp::cross(var_39, var_33);
        // rd = wp.normalize(forward + (side * sx + cam_up * sy) * wp.tan(0.5 * fov_y))           <L 45>
        var_41 = wp::mul(var_39, var_22);
        var_42 = wp::mul(var_40, var_31);
        var_43 = wp::add(var_41, var_42);
        var_45 = wp::mul(var_44, var_fov_y);
        var_46 = wp::tan(var_45);
        var_47 = wp::mul(var_43, var_46);
        var_48 = wp::add(var_33, var_47);
        var_49 = wp::normalize(var_48);
        // t = float(0.0)                                                                         <L 46>
        var_51 = wp::float(var_50);
        // d = float(1.0)                                                                         <L 47>
        var_53 = wp::float(var_52);
        // for _step in range(MAX_STEPS):                                                         <L 48>
        var_55 = wp::range(var_54);
        // if d < 1.0e-3:                                                                         <L 53>
        var_67 = (var_53 < var_66);
        if (var_67) {
            // p = camera_position + rd * t                                                       <L 54>
            var_68 = wp::mul(var_49, var_51);
            var_69 = wp::add(var_camera_position, var_68);
            // n = estimate_normal(p)                                                             <L 55>
            var_70 = estimate_normal_0(var_69);
            // cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)                                     <L 58>
            var_71 = wp::dot(var_70, var_49);
            var_72 = wp::neg(var_71);
            var_75 = wp::clamp(var_72, var_73, var_74);
            // fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)                               <L 59>
            var_79 = wp::sub(var_78, var_75);
            var_81 = wp::pow(var_79, var_80);
            var_82 = wp::mul(var_77, var_81);
            var_83 = wp::add(var_76, var_82);
            // shaded = wp.lerp(base_color * cos_theta, background, fresnel)                      <L 60>
            var_84 = wp::mul(var_base_color, var_75);
            var_85 = wp::lerp(var_84, var_background, var_83);
            // shade = wp.lerp(background, shaded, wp.exp(-fog_density * t))                      <L 61>
            var_86 = wp::neg(var_fog_density);
            var_87 = wp::mul(var_86, var_51);
            var_88 = wp::exp(var_87);
            var_89 = wp::lerp(var_background, var_85, var_88);
            // result[i, j] = shade                                                               <L 62>
            // wp::array_store(var_result, var_0, var_1, var_89);
        }
        if (!var_67) {
            // result[i, j] = background                                                          <L 64>
            // wp::array_store(var_result, var_0, var_1, var_background);
        }
        //---------
        // reverse
        if (!var_67) {
            wp::adj_array_store(var_result, var_0, var_1, var_background, adj_result, adj_0, adj_1, adj_background);
            // adj: result[i, j] = background                                                     <L 64>
        }
        if (var_67) {
            wp::adj_array_store(var_result, var_0, var_1, var_89, adj_result, adj_0, adj_1, adj_89);
            // adj: result[i, j] = shade                                                          <L 62>
            wp::adj_lerp(var_background, var_85, var_88, adj_background, adj_85, adj_88, adj_89);
            wp::adj_exp(var_87, var_88, adj_87, adj_88);
            wp::adj_mul(var_86, var_51, adj_86, adj_51, adj_87);
            wp::adj_neg(var_fog_density, adj_fog_density, adj_86);
            // adj: shade = wp.lerp(background, shaded, wp.exp(-fog_density * t))                 <L 61>
            wp::adj_lerp(var_84, var_background, var_83, adj_84, adj_background, adj_83, adj_85);
            wp::adj_mul(var_base_color, var_75, adj_base_color, adj_75, adj_84);
            // adj: shaded = wp.lerp(base_color * cos_theta, background, fresnel)                 <L 60>
            wp::adj_add(var_76, var_82, adj_76, adj_82, adj_83);
            wp::adj_mul(var_77, var_81, adj_77, adj_81, adj_82);
            wp::adj_pow(var_79, var_80, var_81, adj_79, adj_80, adj_81);
            wp::adj_sub(var_78, var_75, adj_78, adj_75, adj_79);
            // adj: fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)                          <L 59>
            wp::adj_clamp(var_72, var_73, var_74, adj_72, adj_73, adj_74, adj_75);
            wp::adj_neg(var_71, adj_71, adj_72);
            wp::adj_dot(var_70, var_49, adj_70, adj_49, adj_71);
            // adj: cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)                                <L 58>
            adj_estimate_normal_0(var_69, adj_69, adj_70);
            // adj: n = estimate_normal(p)                                                        <L 55>
            wp::adj_add(var_camera_position, var_68, adj_camera_position, adj_68, adj_69);
            wp::adj_mul(var_49, var_51, adj_49, adj_51, adj_68);
            // adj: p = camera_position + rd * t                                                  <L 54>
        }
        // adj: if d < 1.0e-3:                                                                    <L 53>
        var_55 = wp::iter_reverse(var_55);
        start_for_0:;
            if (iter_cmp(var_55) == 0) goto end_for_0;
            var_56 = wp::iter_next(var_55);
        	adj_57 = {};
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_65 = {};
            // d = scene_sdf(camera_position + rd * t)                                            <L 49>
            var_57 = wp::mul(var_49, var_51);
            var_58 = wp::add(var_camera_position, var_57);
            var_59 = scene_sdf_0(var_58);
            // if d < 1.0e-3 or t > far_plane:                                                    <L 50>
            var_62 = (var_59 < var_61);
            var_60 = var_62;
            if (!var_60) {
                var_63 = (var_51 > var_far_plane);
                var_60 = var_60 || var_63;
            }
            if (var_60) {
                // break                                                                          <L 51>
                wp::assign(var_53, var_59);
                goto end_for_0;
            }
            var_64 = wp::where(var_60, var_53, var_59);
            // t += d                                                                             <L 52>
            var_65 = wp::add(var_51, var_64);
            wp::assign(var_51, var_65);
            wp::assign(var_53, var_64);
            wp::adj_assign(var_53, var_64, adj_53, adj_64);
            wp::adj_assign(var_51, var_65, adj_51, adj_65);
            wp::adj_add(var_51, var_64, adj_51, adj_64, adj_65);
            // adj: t += d                                                                        <L 52>
            wp::adj_where(var_60, var_53, var_59, adj_60, adj_53, adj_59, adj_64);
            if (var_60) {
                wp::adj_assign(var_53, var_59, adj_53, adj_59);
                // adj: break                                                                     <L 51>
            }
            if (!var_60) {
            }
            // adj: if d < 1.0e-3 or t > far_plane:                                               <L 50>
            adj_scene_sdf_0(var_58, adj_58, adj_59);
            wp::adj_add(var_camera_position, var_57, adj_camera_position, adj_57, adj_58);
            wp::adj_mul(var_49, var_51, adj_49, adj_51, adj_57);
            // adj: d = scene_sdf(camera_position + rd * t)                                       <L 49>
        	goto start_for_0;
        end_for_0:;
        // adj: for _step in range(MAX_STEPS):                                                    <L 48>
        wp::adj_float(var_52, adj_52, adj_53);
        // adj: d = float(1.0)                                                                    <L 47>
        wp::adj_float(var_50, adj_50, adj_51);
        // adj: t = float(0.0)                                                                    <L 46>
        wp::adj_normalize(var_48, var_49, adj_48, adj_49);
        wp::adj_add(var_33, var_47, adj_33, adj_47, adj_48);
        wp::adj_mul(var_43, var_46, adj_43, adj_46, adj_47);
        wp::adj_tan(var_45, adj_45, adj_46);
        wp::adj_mul(var_44, var_fov_y, adj_44, adj_fov_y, adj_45);
        wp::adj_add(var_41, var_42, adj_41, adj_42, adj_43);
        wp::adj_mul(var_40, var_31, adj_40, adj_31, adj_42);
        wp::adj_mul(var_39, var_22, adj_39, adj_22, adj_41);
        // adj: rd = wp.normalize(forward + (side * sx + cam_up * sy) * wp.tan(0.5 * fov_y))      <L 45>
        wp::adj_cross(var_39, var_33, adj_39, adj_33, adj_40);
        // adj: cam_up = wp.cross(side, forward)                                                  <L 44>
        wp::adj_normalize(var_38, var_39, adj_38, adj_39);
        wp::adj_cross(var_33, var_37, adj_33, adj_37, adj_38);
        wp::adj_vec_t(var_34, var_35, var_36, adj_34, adj_35, adj_36, adj_37);
        // adj: side = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))                    <L 43>
        wp::adj_normalize(var_32, var_33, adj_32, adj_33);
        wp::adj_sub(var_look_at, var_camera_position, adj_look_at, adj_camera_position, adj_32);
        // adj: forward = wp.normalize(look_at - camera_position)                                 <L 42>
        wp::adj_sub(var_29, var_30, adj_29, adj_30, adj_31);
        wp::adj_div(var_27, var_28, var_29, adj_27, adj_28, adj_29);
        wp::adj_float(var_8, adj_8, adj_28);
        wp::adj_mul(var_23, var_26, adj_23, adj_26, adj_27);
        wp::adj_add(var_24, var_25, adj_24, adj_25, adj_26);
        wp::adj_float(var_1, adj_1, adj_24);
        // adj: sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                 <L 41>
        wp::adj_div(var_20, var_21, var_22, adj_20, adj_21, adj_22);
        wp::adj_float(var_8, adj_8, adj_21);
        wp::adj_mul(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_float(var_4, adj_4, adj_19);
        wp::adj_sub(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_div(var_14, var_15, var_16, adj_14, adj_15, adj_16);
        wp::adj_float(var_4, adj_4, adj_15);
        wp::adj_mul(var_10, var_13, adj_10, adj_13, adj_14);
        wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_float(var_0, adj_0, adj_11);
        // adj: sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)  <L 40>
        adj_result.shape = adj_6;
        // adj: height = result.shape[1]                                                          <L 37>
        adj_result.shape = adj_2;
        // adj: width = result.shape[0]                                                           <L 36>
        // adj: i, j = wp.tid()                                                                   <L 35>
        // adj: def render_scene(                                                                 <L 25>
        continue;
    }
}

