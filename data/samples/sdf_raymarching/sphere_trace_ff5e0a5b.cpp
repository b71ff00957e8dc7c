// Warp 1.19.0 cpu code for sphere_trace_ff5e0a5b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// sphere_trace.py:7
static wp::float32 scene_sdf_0(
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
    // def scene_sdf(p: wp.vec3):                                                             <L 8>
    // d = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - wp.vec3(0.8, 0.4, 0.6)         <L 9>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::abs(var_1);
    var_4 = wp::extract(var_p, var_3);
    var_5 = wp::abs(var_4);
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::abs(var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    var_14 = wp::sub(var_9, var_13);
    // outside = wp.vec3(wp.max(d[0], 0.0), wp.max(d[1], 0.0), wp.max(d[2], 0.0))             <L 10>
    var_16 = wp::extract(var_14, var_15);
    var_18 = wp::max(var_16, var_17);
    var_20 = wp::extract(var_14, var_19);
    var_22 = wp::max(var_20, var_21);
    var_24 = wp::extract(var_14, var_23);
    var_26 = wp::max(var_24, var_25);
    var_27 = wp::vec_t<3, wp::float32>(var_18, var_22, var_26);
    // inside = wp.min(wp.max(d[0], wp.max(d[1], d[2])), 0.0)                                 <L 11>
    var_29 = wp::extract(var_14, var_28);
    var_31 = wp::extract(var_14, var_30);
    var_33 = wp::extract(var_14, var_32);
    var_34 = wp::max(var_31, var_33);
    var_35 = wp::max(var_29, var_34);
    var_37 = wp::min(var_35, var_36);
    // return wp.length(outside) + inside - 0.1                                               <L 12>
    var_38 = wp::length(var_27);
    var_39 = wp::add(var_38, var_37);
    var_41 = wp::sub(var_39, var_40);
    return var_41;
}


// sphere_trace.py:15
static wp::vec_t<3, wp::float32> estimate_normal_0(
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
    // def estimate_normal(p: wp.vec3):                                                       <L 16>
    // h = 1.0e-3                                                                             <L 18>
    // a = wp.vec3(1.0, -1.0, -1.0)                                                           <L 19>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    // b = wp.vec3(-1.0, -1.0, 1.0)                                                           <L 20>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    // c = wp.vec3(-1.0, 1.0, -1.0)                                                           <L 21>
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    // e = wp.vec3(1.0, 1.0, 1.0)                                                             <L 22>
    var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
    // g = a * scene_sdf(p + a * h) + b * scene_sdf(p + b * h) + c * scene_sdf(p + c * h) + e * scene_sdf(p + e * h)       <L 23>
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
    // return wp.normalize(g)                                                                 <L 24>
    var_36 = wp::normalize(var_35);
    return var_36;
}


// sphere_trace.py:7
static void adj_scene_sdf_0(
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
    // def scene_sdf(p: wp.vec3):                                                             <L 8>
    // d = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - wp.vec3(0.8, 0.4, 0.6)         <L 9>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::abs(var_1);
    var_4 = wp::extract(var_p, var_3);
    var_5 = wp::abs(var_4);
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::abs(var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    var_14 = wp::sub(var_9, var_13);
    // outside = wp.vec3(wp.max(d[0], 0.0), wp.max(d[1], 0.0), wp.max(d[2], 0.0))             <L 10>
    var_16 = wp::extract(var_14, var_15);
    var_18 = wp::max(var_16, var_17);
    var_20 = wp::extract(var_14, var_19);
    var_22 = wp::max(var_20, var_21);
    var_24 = wp::extract(var_14, var_23);
    var_26 = wp::max(var_24, var_25);
    var_27 = wp::vec_t<3, wp::float32>(var_18, var_22, var_26);
    // inside = wp.min(wp.max(d[0], wp.max(d[1], d[2])), 0.0)                                 <L 11>
    var_29 = wp::extract(var_14, var_28);
    var_31 = wp::extract(var_14, var_30);
    var_33 = wp::extract(var_14, var_32);
    var_34 = wp::max(var_31, var_33);
    var_35 = wp::max(var_29, var_34);
    var_37 = wp::min(var_35, var_36);
    // return wp.length(outside) + inside - 0.1                                               <L 12>
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
    // adj: return wp.length(outside) + inside - 0.1                                          <L 12>
    wp::adj_min(var_35, var_36, adj_35, adj_36, adj_37);
    wp::adj_max(var_29, var_34, adj_29, adj_34, adj_35);
    wp::adj_max(var_31, var_33, adj_31, adj_33, adj_34);
    wp::adj_extract(var_14, var_32, adj_14, adj_32, adj_33);
    wp::adj_extract(var_14, var_30, adj_14, adj_30, adj_31);
    wp::adj_extract(var_14, var_28, adj_14, adj_28, adj_29);
    // adj: inside = wp.min(wp.max(d[0], wp.max(d[1], d[2])), 0.0)                            <L 11>
    wp::adj_vec_t(var_18, var_22, var_26, adj_18, adj_22, adj_26, adj_27);
    wp::adj_max(var_24, var_25, adj_24, adj_25, adj_26);
    wp::adj_extract(var_14, var_23, adj_14, adj_23, adj_24);
    wp::adj_max(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_extract(var_14, var_19, adj_14, adj_19, adj_20);
    wp::adj_max(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_extract(var_14, var_15, adj_14, adj_15, adj_16);
    // adj: outside = wp.vec3(wp.max(d[0], 0.0), wp.max(d[1], 0.0), wp.max(d[2], 0.0))        <L 10>
    wp::adj_sub(var_9, var_13, adj_9, adj_13, adj_14);
    wp::adj_vec_t(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    wp::adj_vec_t(var_2, var_5, var_8, adj_2, adj_5, adj_8, adj_9);
    wp::adj_abs(var_7, adj_7, adj_8);
    wp::adj_extract(var_p, var_6, adj_p, adj_6, adj_7);
    wp::adj_abs(var_4, adj_4, adj_5);
    wp::adj_extract(var_p, var_3, adj_p, adj_3, adj_4);
    wp::adj_abs(var_1, adj_1, adj_2);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: d = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - wp.vec3(0.8, 0.4, 0.6)    <L 9>
    // adj: def scene_sdf(p: wp.vec3):                                                        <L 8>
    return;
}


// sphere_trace.py:15
static void adj_estimate_normal_0(
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
    // def estimate_normal(p: wp.vec3):                                                       <L 16>
    // h = 1.0e-3                                                                             <L 18>
    // a = wp.vec3(1.0, -1.0, -1.0)                                                           <L 19>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    // b = wp.vec3(-1.0, -1.0, 1.0)                                                           <L 20>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    // c = wp.vec3(-1.0, 1.0, -1.0)                                                           <L 21>
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    // e = wp.vec3(1.0, 1.0, 1.0)                                                             <L 22>
    var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
    // g = a * scene_sdf(p + a * h) + b * scene_sdf(p + b * h) + c * scene_sdf(p + c * h) + e * scene_sdf(p + e * h)       <L 23>
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
    // return wp.normalize(g)                                                                 <L 24>
    var_36 = wp::normalize(var_35);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_36 += adj_ret;
    wp::adj_normalize(var_35, var_36, adj_35, adj_36);
    // adj: return wp.normalize(g)                                                            <L 24>
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
    // adj: g = a * scene_sdf(p + a * h) + b * scene_sdf(p + b * h) + c * scene_sdf(p + c * h) + e * scene_sdf(p + e * h)  <L 23>
    wp::adj_vec_t(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
    // adj: e = wp.vec3(1.0, 1.0, 1.0)                                                        <L 22>
    wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
    // adj: c = wp.vec3(-1.0, 1.0, -1.0)                                                      <L 21>
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    // adj: b = wp.vec3(-1.0, -1.0, 1.0)                                                      <L 20>
    wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    // adj: a = wp.vec3(1.0, -1.0, -1.0)                                                      <L 19>
    // adj: h = 1.0e-3                                                                        <L 18>
    // adj: def estimate_normal(p: wp.vec3):                                                  <L 16>
    return;
}

struct wp_args_sphere_trace_fdd0b18d {
    wp::vec_t<3, wp::float32> eye;
    wp::quat_t<wp::float32> cam_rot;
    wp::float32 max_dist;
    wp::vec_t<3, wp::float32> sky_color;
    wp::float32 shininess;
    wp::float32 fog;
    wp::array_t<wp::vec_t<3, wp::float32>> dst;
};


template <bool wp_linear_contiguous>
static void sphere_trace_fdd0b18d_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_sphere_trace_fdd0b18d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_eye = _wp_args->eye;
    wp::quat_t<wp::float32> var_cam_rot = _wp_args->cam_rot;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::vec_t<3, wp::float32> var_sky_color = _wp_args->sky_color;
    wp::float32 var_shininess = _wp_args->shininess;
    wp::float32 var_fog = _wp_args->fog;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst = _wp_args->dst;
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
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 2.0;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.5;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 1.0;
    wp::float32 var_27;
    const wp::float32 var_28 = -2.0;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    const wp::float32 var_32 = 0.0;
    wp::float32 var_33;
    const bool var_34 = false;
    bool var_35;
    const wp::int32 var_36 = 64;
    wp::range_t var_37;
    wp::int32 var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::float32 var_41;
    const wp::float32 var_42 = 0.001;
    bool var_43;
    bool var_44;
    bool var_45;
    bool var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    const wp::float32 var_52 = 0.6;
    const wp::float32 var_53 = 0.4;
    const wp::float32 var_54 = 0.5;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    const wp::float32 var_59 = 0.6;
    const wp::float32 var_60 = 0.4;
    const wp::float32 var_61 = 0.5;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::float32 var_64;
    const wp::float32 var_65 = 0.0;
    wp::float32 var_66;
    wp::float32 var_67;
    const wp::float32 var_68 = 0.0;
    const wp::float32 var_69 = 1.0;
    wp::float32 var_70;
    wp::float32 var_71;
    const wp::float32 var_72 = 0.85;
    const wp::float32 var_73 = 0.9;
    const wp::float32 var_74 = 0.95;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::vec_t<3, wp::float32> var_82;
    //---------
    // forward
    // def sphere_trace(                                                                      <L 28>
    // i, j = wp.tid()                                                                        <L 37>
    builtin_tid2d(var_0, var_1);
    // width = dst.shape[0]                                                                   <L 38>
    var_2 = &(var_dst.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = dst.shape[1]                                                                  <L 39>
    var_6 = &(var_dst.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // sx = (2.0 * (float(i) + 0.5) - float(width)) / float(height)                           <L 40>
    var_11 = wp::float(var_0);
    var_13 = wp::add(var_11, var_12);
    var_14 = wp::mul(var_10, var_13);
    var_15 = wp::float(var_4);
    var_16 = wp::sub(var_14, var_15);
    var_17 = wp::float(var_8);
    var_18 = wp::div(var_16, var_17);
    // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 41>
    var_20 = wp::float(var_1);
    var_22 = wp::add(var_20, var_21);
    var_23 = wp::mul(var_19, var_22);
    var_24 = wp::float(var_8);
    var_25 = wp::div(var_23, var_24);
    var_27 = wp::sub(var_25, var_26);
    // rd = wp.normalize(wp.quat_rotate(cam_rot, wp.vec3(sx, sy, -2.0)))                      <L 42>
    var_29 = wp::vec_t<3, wp::float32>(var_18, var_27, var_28);
    var_30 = wp::quat_rotate(var_cam_rot, var_29);
    var_31 = wp::normalize(var_30);
    // travelled = float(0.0)                                                                 <L 43>
    var_33 = wp::float(var_32);
    // hit = bool(False)                                                                      <L 44>
    var_35 = bool(var_34);
    // for _step in range(MAX_STEPS):                                                         <L 45>
    var_37 = wp::range(var_36);
    start_for_0:;
        if (iter_cmp(var_37) == 0) goto end_for_0;
        var_38 = wp::iter_next(var_37);
        // step = scene_sdf(eye + rd * travelled)                                             <L 46>
        var_39 = wp::mul(var_31, var_33);
        var_40 = wp::add(var_eye, var_39);
        var_41 = scene_sdf_0(var_40);
        // hit = step < 1.0e-3                                                                <L 47>
        var_43 = (var_41 < var_42);
        // if hit or travelled > max_dist:                                                    <L 48>
        var_44 = var_43;
        if (!var_44) {
            var_45 = (var_33 > var_max_dist);
            var_44 = var_44 || var_45;
        }
        if (var_44) {
            // break                                                                          <L 49>
            wp::assign(var_35, var_43);
            goto end_for_0;
        }
        var_46 = wp::where(var_44, var_35, var_43);
        // travelled += step                                                                  <L 50>
        var_47 = wp::add(var_33, var_41);
        wp::assign(var_33, var_47);
        wp::assign(var_35, var_46);
        goto start_for_0;
    end_for_0:;
    // if hit:                                                                                <L 51>
    if (var_35) {
        // t = travelled                                                                      <L 52>
        var_48 = wp::copy(var_33);
        // p = eye + rd * t                                                                   <L 53>
        var_49 = wp::mul(var_31, var_48);
        var_50 = wp::add(var_eye, var_49);
        // n = estimate_normal(p)                                                             <L 54>
        var_51 = estimate_normal_0(var_50);
        // h_vec = wp.normalize(wp.normalize(wp.vec3(0.6, 0.4, 0.5)) - rd)                    <L 55>
        var_55 = wp::vec_t<3, wp::float32>(var_52, var_53, var_54);
        var_56 = wp::normalize(var_55);
        var_57 = wp::sub(var_56, var_31);
        var_58 = wp::normalize(var_57);
        // ndotl = wp.max(wp.dot(n, wp.normalize(wp.vec3(0.6, 0.4, 0.5))), 0.0)               <L 56>
        var_62 = wp::vec_t<3, wp::float32>(var_59, var_60, var_61);
        var_63 = wp::normalize(var_62);
        var_64 = wp::dot(var_51, var_63);
        var_66 = wp::max(var_64, var_65);
        // specular = wp.pow(wp.clamp(wp.dot(n, h_vec), 0.0, 1.0), shininess)                 <L 57>
        var_67 = wp::dot(var_51, var_58);
        var_70 = wp::clamp(var_67, var_68, var_69);
        var_71 = wp::pow(var_70, var_shininess);
        // shaded = wp.vec3(0.85, 0.9, 0.95) * ndotl + wp.vec3(specular)                      <L 58>
        var_75 = wp::vec_t<3, wp::float32>(var_72, var_73, var_74);
        var_76 = wp::mul(var_75, var_66);
        var_77 = wp::vec_t<3, wp::float32>(var_71);
        var_78 = wp::add(var_76, var_77);
        // fogged = wp.lerp(sky_color, shaded, wp.exp(-fog * t))                              <L 59>
        var_79 = wp::neg(var_fog);
        var_80 = wp::mul(var_79, var_48);
        var_81 = wp::exp(var_80);
        var_82 = wp::lerp(var_sky_color, var_78, var_81);
        // dst[i, j] = fogged                                                                 <L 60>
        wp::array_store(var_dst, var_0, var_1, var_82);
    }
    if (!var_35) {
        // dst[i, j] = sky_color                                                              <L 62>
        wp::array_store(var_dst, var_0, var_1, var_sky_color);
    }
}



template <bool wp_linear_contiguous>
static void sphere_trace_fdd0b18d_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_sphere_trace_fdd0b18d *_wp_args,
    wp_args_sphere_trace_fdd0b18d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_eye = _wp_args->eye;
    wp::quat_t<wp::float32> var_cam_rot = _wp_args->cam_rot;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::vec_t<3, wp::float32> var_sky_color = _wp_args->sky_color;
    wp::float32 var_shininess = _wp_args->shininess;
    wp::float32 var_fog = _wp_args->fog;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst = _wp_args->dst;
    wp::vec_t<3, wp::float32> adj_eye = _wp_adj_args->eye;
    wp::quat_t<wp::float32> adj_cam_rot = _wp_adj_args->cam_rot;
    wp::float32 adj_max_dist = _wp_adj_args->max_dist;
    wp::vec_t<3, wp::float32> adj_sky_color = _wp_adj_args->sky_color;
    wp::float32 adj_shininess = _wp_adj_args->shininess;
    wp::float32 adj_fog = _wp_adj_args->fog;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dst = _wp_adj_args->dst;
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
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 2.0;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.5;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 1.0;
    wp::float32 var_27;
    const wp::float32 var_28 = -2.0;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    const wp::float32 var_32 = 0.0;
    wp::float32 var_33;
    const bool var_34 = false;
    bool var_35;
    const wp::int32 var_36 = 64;
    wp::range_t var_37;
    wp::int32 var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::float32 var_41;
    const wp::float32 var_42 = 0.001;
    bool var_43;
    bool var_44;
    bool var_45;
    bool var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    const wp::float32 var_52 = 0.6;
    const wp::float32 var_53 = 0.4;
    const wp::float32 var_54 = 0.5;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    const wp::float32 var_59 = 0.6;
    const wp::float32 var_60 = 0.4;
    const wp::float32 var_61 = 0.5;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::float32 var_64;
    const wp::float32 var_65 = 0.0;
    wp::float32 var_66;
    wp::float32 var_67;
    const wp::float32 var_68 = 0.0;
    const wp::float32 var_69 = 1.0;
    wp::float32 var_70;
    wp::float32 var_71;
    const wp::float32 var_72 = 0.85;
    const wp::float32 var_73 = 0.9;
    const wp::float32 var_74 = 0.95;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::vec_t<3, wp::float32> var_82;
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
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    bool adj_34 = {};
    bool adj_35 = {};
    wp::int32 adj_36 = {};
    wp::range_t adj_37 = {};
    wp::int32 adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    bool adj_43 = {};
    bool adj_44 = {};
    bool adj_45 = {};
    bool adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::vec_t<3, wp::float32> adj_82 = {};
    //---------
    // forward
    // def sphere_trace(                                                                      <L 28>
    // i, j = wp.tid()                                                                        <L 37>
    builtin_tid2d(var_0, var_1);
    // width = dst.shape[0]                                                                   <L 38>
    var_2 = &(var_dst.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = dst.shape[1]                                                                  <L 39>
    var_6 = &(var_dst.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // sx = (2.0 * (float(i) + 0.5) - float(width)) / float(height)                           <L 40>
    var_11 = wp::float(var_0);
    var_13 = wp::add(var_11, var_12);
    var_14 = wp::mul(var_10, var_13);
    var_15 = wp::float(var_4);
    var_16 = wp::sub(var_14, var_15);
    var_17 = wp::float(var_8);
    var_18 = wp::div(var_16, var_17);
    // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 41>
    var_20 = wp::float(var_1);
    var_22 = wp::add(var_20, var_21);
    var_23 = wp::mul(var_19, var_22);
    var_24 = wp::float(var_8);
    var_25 = wp::div(var_23, var_24);
    var_27 = wp::sub(var_25, var_26);
    // rd = wp.normalize(wp.quat_rotate(cam_rot, wp.vec3(sx, sy, -2.0)))                      <L 42>
    var_29 = wp::vec_t<3, wp::float32>(var_18, var_27, var_28);
    var_30 = wp::quat_rotate(var_cam_rot, var_29);
    var_31 = wp::normalize(var_30);
    // travelled = float(0.0)                                                                 <L 43>
    var_33 = wp::float(var_32);
    // hit = bool(False)                                                                      <L 44>
    var_35 = bool(var_34);
    // for _step in range(MAX_STEPS):                                                         <L 45>
    var_37 = wp::range(var_36);
    // if hit:                                                                                <L 51>
    if (var_35) {
        // t = travelled                                                                      <L 52>
        var_48 = wp::copy(var_33);
        // p = eye + rd * t                                                                   <L 53>
        var_49 = wp::mul(var_31, var_48);
        var_50 = wp::add(var_eye, var_49);
        // n = estimate_normal(p)                                                             <L 54>
        var_51 = estimate_normal_0(var_50);
        // h_vec = wp.normalize(wp.normalize(wp.vec3(0.6, 0.4, 0.5)) - rd)                    <L 55>
        var_55 = wp::vec_t<3, wp::float32>(var_52, var_53, var_54);
        var_56 = wp::normalize(var_55);
        var_57 = wp::sub(var_56, var_31);
        var_58 = wp::normalize(var_57);
        // ndotl = wp.max(wp.dot(n, wp.normalize(wp.vec3(0.6, 0.4, 0.5))), 0.0)               <L 56>
        var_62 = wp::vec_t<3, wp::float32>(var_59, var_60, var_61);
        var_63 = wp::normalize(var_62);
        var_64 = wp::dot(var_51, var_63);
        var_66 = wp::max(var_64, var_65);
        // specular = wp.pow(wp.clamp(wp.dot(n, h_vec), 0.0, 1.0), shininess)                 <L 57>
        var_67 = wp::dot(var_51, var_58);
        var_70 = wp::clamp(var_67, var_68, var_69);
        var_71 = wp::pow(var_70, var_shininess);
        // shaded = wp.vec3(0.85, 0.9, 0.95) * ndotl + wp.vec3(specular)                      <L 58>
        var_75 = wp::vec_t<3, wp::float32>(var_72, var_73, var_74);
        var_76 = wp::mul(var_75, var_66);
        var_77 = wp::vec_t<3, wp::float32>(var_71);
        var_78 = wp::add(var_76, var_77);
        // fogged = wp.lerp(sky_color, shaded, wp.exp(-fog * t))                              <L 59>
        var_79 = wp::neg(var_fog);
        var_80 = wp::mul(var_79, var_48);
        var_81 = wp::exp(var_80);
        var_82 = wp::lerp(var_sky_color, var_78, var_81);
        // dst[i, j] = fogged                                                                 <L 60>
        // wp::array_store(var_dst, var_0, var_1, var_82);
    }
    if (!var_35) {
        // dst[i, j] = sky_color                                                              <L 62>
        // wp::array_store(var_dst, var_0, var_1, var_sky_color);
    }
    //---------
    // reverse
    if (!var_35) {
        wp::adj_array_store(var_dst, var_0, var_1, var_sky_color, adj_dst, adj_0, adj_1, adj_sky_color);
        // adj: dst[i, j] = sky_color                                                         <L 62>
    }
    if (var_35) {
        wp::adj_array_store(var_dst, var_0, var_1, var_82, adj_dst, adj_0, adj_1, adj_82);
        // adj: dst[i, j] = fogged                                                            <L 60>
        wp::adj_lerp(var_sky_color, var_78, var_81, adj_sky_color, adj_78, adj_81, adj_82);
        wp::adj_exp(var_80, var_81, adj_80, adj_81);
        wp::adj_mul(var_79, var_48, adj_79, adj_48, adj_80);
        wp::adj_neg(var_fog, adj_fog, adj_79);
        // adj: fogged = wp.lerp(sky_color, shaded, wp.exp(-fog * t))                         <L 59>
        wp::adj_add(var_76, var_77, adj_76, adj_77, adj_78);
        wp::adj_vec_t(var_71, adj_71, adj_77);
        wp::adj_mul(var_75, var_66, adj_75, adj_66, adj_76);
        wp::adj_vec_t(var_72, var_73, var_74, adj_72, adj_73, adj_74, adj_75);
        // adj: shaded = wp.vec3(0.85, 0.9, 0.95) * ndotl + wp.vec3(specular)                 <L 58>
        wp::adj_pow(var_70, var_shininess, var_71, adj_70, adj_shininess, adj_71);
        wp::adj_clamp(var_67, var_68, var_69, adj_67, adj_68, adj_69, adj_70);
        wp::adj_dot(var_51, var_58, adj_51, adj_58, adj_67);
        // adj: specular = wp.pow(wp.clamp(wp.dot(n, h_vec), 0.0, 1.0), shininess)            <L 57>
        wp::adj_max(var_64, var_65, adj_64, adj_65, adj_66);
        wp::adj_dot(var_51, var_63, adj_51, adj_63, adj_64);
        wp::adj_normalize(var_62, var_63, adj_62, adj_63);
        wp::adj_vec_t(var_59, var_60, var_61, adj_59, adj_60, adj_61, adj_62);
        // adj: ndotl = wp.max(wp.dot(n, wp.normalize(wp.vec3(0.6, 0.4, 0.5))), 0.0)          <L 56>
        wp::adj_normalize(var_57, var_58, adj_57, adj_58);
        wp::adj_sub(var_56, var_31, adj_56, adj_31, adj_57);
        wp::adj_normalize(var_55, var_56, adj_55, adj_56);
        wp::adj_vec_t(var_52, var_53, var_54, adj_52, adj_53, adj_54, adj_55);
        // adj: h_vec = wp.normalize(wp.normalize(wp.vec3(0.6, 0.4, 0.5)) - rd)               <L 55>
        adj_estimate_normal_0(var_50, adj_50, adj_51);
        // adj: n = estimate_normal(p)                                                        <L 54>
        wp::adj_add(var_eye, var_49, adj_eye, adj_49, adj_50);
        wp::adj_mul(var_31, var_48, adj_31, adj_48, adj_49);
        // adj: p = eye + rd * t                                                              <L 53>
        wp::adj_copy(var_33, adj_33, adj_48);
        // adj: t = travelled                                                                 <L 52>
    }
    // adj: if hit:                                                                           <L 51>
    var_37 = wp::iter_reverse(var_37);
    start_for_0:;
        if (iter_cmp(var_37) == 0) goto end_for_0;
        var_38 = wp::iter_next(var_37);
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
    	adj_43 = {};
    	adj_44 = {};
    	adj_45 = {};
    	adj_46 = {};
    	adj_47 = {};
        // step = scene_sdf(eye + rd * travelled)                                             <L 46>
        var_39 = wp::mul(var_31, var_33);
        var_40 = wp::add(var_eye, var_39);
        var_41 = scene_sdf_0(var_40);
        // hit = step < 1.0e-3                                                                <L 47>
        var_43 = (var_41 < var_42);
        // if hit or travelled > max_dist:                                                    <L 48>
        var_44 = var_43;
        if (!var_44) {
            var_45 = (var_33 > var_max_dist);
            var_44 = var_44 || var_45;
        }
        if (var_44) {
            // break                                                                          <L 49>
            wp::assign(var_35, var_43);
            goto end_for_0;
        }
        var_46 = wp::where(var_44, var_35, var_43);
        // travelled += step                                                                  <L 50>
        var_47 = wp::add(var_33, var_41);
        wp::assign(var_33, var_47);
        wp::assign(var_35, var_46);
        wp::adj_assign(var_35, var_46, adj_35, adj_46);
        wp::adj_assign(var_33, var_47, adj_33, adj_47);
        wp::adj_add(var_33, var_41, adj_33, adj_41, adj_47);
        // adj: travelled += step                                                             <L 50>
        wp::adj_where(var_44, var_35, var_43, adj_44, adj_35, adj_43, adj_46);
        if (var_44) {
            wp::adj_assign(var_35, var_43, adj_35, adj_43);
            // adj: break                                                                     <L 49>
        }
        if (!var_44) {
        }
        // adj: if hit or travelled > max_dist:                                               <L 48>
        // adj: hit = step < 1.0e-3                                                           <L 47>
        adj_scene_sdf_0(var_40, adj_40, adj_41);
        wp::adj_add(var_eye, var_39, adj_eye, adj_39, adj_40);
        wp::adj_mul(var_31, var_33, adj_31, adj_33, adj_39);
        // adj: step = scene_sdf(eye + rd * travelled)                                        <L 46>
    	goto start_for_0;
    end_for_0:;
    // adj: for _step in range(MAX_STEPS):                                                    <L 45>
    // adj: hit = bool(False)                                                                 <L 44>
    wp::adj_float(var_32, adj_32, adj_33);
    // adj: travelled = float(0.0)                                                            <L 43>
    wp::adj_normalize(var_30, var_31, adj_30, adj_31);
    wp::adj_quat_rotate(var_cam_rot, var_29, adj_cam_rot, adj_29, adj_30);
    wp::adj_vec_t(var_18, var_27, var_28, adj_18, adj_27, adj_28, adj_29);
    // adj: rd = wp.normalize(wp.quat_rotate(cam_rot, wp.vec3(sx, sy, -2.0)))                 <L 42>
    wp::adj_sub(var_25, var_26, adj_25, adj_26, adj_27);
    wp::adj_div(var_23, var_24, var_25, adj_23, adj_24, adj_25);
    wp::adj_float(var_8, adj_8, adj_24);
    wp::adj_mul(var_19, var_22, adj_19, adj_22, adj_23);
    wp::adj_add(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_float(var_1, adj_1, adj_20);
    // adj: sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                 <L 41>
    wp::adj_div(var_16, var_17, var_18, adj_16, adj_17, adj_18);
    wp::adj_float(var_8, adj_8, adj_17);
    wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_float(var_4, adj_4, adj_15);
    wp::adj_mul(var_10, var_13, adj_10, adj_13, adj_14);
    wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_float(var_0, adj_0, adj_11);
    // adj: sx = (2.0 * (float(i) + 0.5) - float(width)) / float(height)                      <L 40>
    adj_dst.shape = adj_6;
    // adj: height = dst.shape[1]                                                             <L 39>
    adj_dst.shape = adj_2;
    // adj: width = dst.shape[0]                                                              <L 38>
    // adj: i, j = wp.tid()                                                                   <L 37>
    // adj: def sphere_trace(                                                                 <L 28>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sphere_trace_fdd0b18d_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_sphere_trace_fdd0b18d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sphere_trace_fdd0b18d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void sphere_trace_fdd0b18d_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_sphere_trace_fdd0b18d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    sphere_trace_fdd0b18d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void sphere_trace_fdd0b18d_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_sphere_trace_fdd0b18d *_wp_args)
{
    sphere_trace_fdd0b18d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sphere_trace_fdd0b18d_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_sphere_trace_fdd0b18d *_wp_args,
    wp_args_sphere_trace_fdd0b18d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sphere_trace_fdd0b18d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void sphere_trace_fdd0b18d_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_sphere_trace_fdd0b18d *_wp_args,
    wp_args_sphere_trace_fdd0b18d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    sphere_trace_fdd0b18d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void sphere_trace_fdd0b18d_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_sphere_trace_fdd0b18d *_wp_args,
    wp_args_sphere_trace_fdd0b18d *_wp_adj_args)
{
    sphere_trace_fdd0b18d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

