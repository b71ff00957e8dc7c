// Warp 1.19.0 cpu code for sphere_trace_8d0ddba5.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

// sphere_trace.py:7
static wp::float32 sdf_box_0(
    wp::vec_t<3, wp::float32> var_upper,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 2;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    wp::float32 var_22;
    const wp::int32 var_23 = 1;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    wp::float32 var_26;
    const wp::int32 var_27 = 2;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 0;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    wp::float32 var_36;
    const wp::int32 var_37 = 2;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 0.0;
    wp::float32 var_42;
    wp::float32 var_43;
    //---------
    // forward
    // def sdf_box(upper: wp.vec3, p: wp.vec3):                                               <L 8>
    // q = wp.vec3(wp.abs(p[0]) - upper[0], wp.abs(p[1]) - upper[1], wp.abs(p[2]) - upper[2])       <L 9>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::abs(var_1);
    var_4 = wp::extract(var_upper, var_3);
    var_5 = wp::sub(var_2, var_4);
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::abs(var_7);
    var_10 = wp::extract(var_upper, var_9);
    var_11 = wp::sub(var_8, var_10);
    var_13 = wp::extract(var_p, var_12);
    var_14 = wp::abs(var_13);
    var_16 = wp::extract(var_upper, var_15);
    var_17 = wp::sub(var_14, var_16);
    var_18 = wp::vec_t<3, wp::float32>(var_5, var_11, var_17);
    // e = wp.vec3(wp.max(q[0], 0.0), wp.max(q[1], 0.0), wp.max(q[2], 0.0))                   <L 10>
    var_20 = wp::extract(var_18, var_19);
    var_22 = wp::max(var_20, var_21);
    var_24 = wp::extract(var_18, var_23);
    var_26 = wp::max(var_24, var_25);
    var_28 = wp::extract(var_18, var_27);
    var_30 = wp::max(var_28, var_29);
    var_31 = wp::vec_t<3, wp::float32>(var_22, var_26, var_30);
    // return wp.length(e) + wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0)                    <L 11>
    var_32 = wp::length(var_31);
    var_34 = wp::extract(var_18, var_33);
    var_36 = wp::extract(var_18, var_35);
    var_38 = wp::extract(var_18, var_37);
    var_39 = wp::max(var_36, var_38);
    var_40 = wp::max(var_34, var_39);
    var_42 = wp::min(var_40, var_41);
    var_43 = wp::add(var_32, var_42);
    return var_43;
}


// sphere_trace.py:14
static wp::float32 scene_sdf_0(
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::float32 var_1 = 0.75;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.75;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 1.0;
    const wp::float32 var_10 = 0.5;
    const wp::float32 var_11 = 0.5;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    //---------
    // forward
    // def scene_sdf(p: wp.vec3):                                                             <L 15>
    // sphere = wp.length(p - wp.vec3(0.0, 0.75, 0.0)) - 0.75                                 <L 16>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::sub(var_p, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::sub(var_5, var_6);
    // d = wp.max(-sphere, sdf_box(wp.vec3(1.0, 0.5, 0.5), p))                                <L 18>
    var_8 = wp::neg(var_7);
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    var_13 = sdf_box_0(var_12, var_p);
    var_14 = wp::max(var_8, var_13);
    // return wp.min(d, p[1] + 1.0)                                                           <L 19>
    var_16 = wp::extract(var_p, var_15);
    var_18 = wp::add(var_16, var_17);
    var_19 = wp::min(var_14, var_18);
    return var_19;
}


// sphere_trace.py:22
static wp::vec_t<3, wp::float32> estimate_normal_0(
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
    // def estimate_normal(p: wp.vec3):                                                       <L 23>
    // eps = 1.0e-3                                                                           <L 24>
    // dx = scene_sdf(p + wp.vec3(eps, 0.0, 0.0)) - scene_sdf(p - wp.vec3(eps, 0.0, 0.0))       <L 26>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::add(var_p, var_3);
    var_5 = scene_sdf_0(var_4);
    var_8 = wp::vec_t<3, wp::float32>(var_0, var_6, var_7);
    var_9 = wp::sub(var_p, var_8);
    var_10 = scene_sdf_0(var_9);
    var_11 = wp::sub(var_5, var_10);
    // dy = scene_sdf(p + wp.vec3(0.0, eps, 0.0)) - scene_sdf(p - wp.vec3(0.0, eps, 0.0))       <L 27>
    var_14 = wp::vec_t<3, wp::float32>(var_12, var_0, var_13);
    var_15 = wp::add(var_p, var_14);
    var_16 = scene_sdf_0(var_15);
    var_19 = wp::vec_t<3, wp::float32>(var_17, var_0, var_18);
    var_20 = wp::sub(var_p, var_19);
    var_21 = scene_sdf_0(var_20);
    var_22 = wp::sub(var_16, var_21);
    // dz = scene_sdf(p + wp.vec3(0.0, 0.0, eps)) - scene_sdf(p - wp.vec3(0.0, 0.0, eps))       <L 28>
    var_25 = wp::vec_t<3, wp::float32>(var_23, var_24, var_0);
    var_26 = wp::add(var_p, var_25);
    var_27 = scene_sdf_0(var_26);
    var_30 = wp::vec_t<3, wp::float32>(var_28, var_29, var_0);
    var_31 = wp::sub(var_p, var_30);
    var_32 = scene_sdf_0(var_31);
    var_33 = wp::sub(var_27, var_32);
    // return wp.normalize(wp.vec3(dx, dy, dz))                                               <L 29>
    var_34 = wp::vec_t<3, wp::float32>(var_11, var_22, var_33);
    var_35 = wp::normalize(var_34);
    return var_35;
}


// sphere_trace.py:7
static void adj_sdf_box_0(
    wp::vec_t<3, wp::float32> var_upper,
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> & adj_upper,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 2;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    wp::float32 var_22;
    const wp::int32 var_23 = 1;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    wp::float32 var_26;
    const wp::int32 var_27 = 2;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 0;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    wp::float32 var_36;
    const wp::int32 var_37 = 2;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 0.0;
    wp::float32 var_42;
    wp::float32 var_43;
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
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    //---------
    // forward
    // def sdf_box(upper: wp.vec3, p: wp.vec3):                                               <L 8>
    // q = wp.vec3(wp.abs(p[0]) - upper[0], wp.abs(p[1]) - upper[1], wp.abs(p[2]) - upper[2])       <L 9>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::abs(var_1);
    var_4 = wp::extract(var_upper, var_3);
    var_5 = wp::sub(var_2, var_4);
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::abs(var_7);
    var_10 = wp::extract(var_upper, var_9);
    var_11 = wp::sub(var_8, var_10);
    var_13 = wp::extract(var_p, var_12);
    var_14 = wp::abs(var_13);
    var_16 = wp::extract(var_upper, var_15);
    var_17 = wp::sub(var_14, var_16);
    var_18 = wp::vec_t<3, wp::float32>(var_5, var_11, var_17);
    // e = wp.vec3(wp.max(q[0], 0.0), wp.max(q[1], 0.0), wp.max(q[2], 0.0))                   <L 10>
    var_20 = wp::extract(var_18, var_19);
    var_22 = wp::max(var_20, var_21);
    var_24 = wp::extract(var_18, var_23);
    var_26 = wp::max(var_24, var_25);
    var_28 = wp::extract(var_18, var_27);
    var_30 = wp::max(var_28, var_29);
    var_31 = wp::vec_t<3, wp::float32>(var_22, var_26, var_30);
    // return wp.length(e) + wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0)                    <L 11>
    var_32 = wp::length(var_31);
    var_34 = wp::extract(var_18, var_33);
    var_36 = wp::extract(var_18, var_35);
    var_38 = wp::extract(var_18, var_37);
    var_39 = wp::max(var_36, var_38);
    var_40 = wp::max(var_34, var_39);
    var_42 = wp::min(var_40, var_41);
    var_43 = wp::add(var_32, var_42);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_43 += adj_ret;
    wp::adj_add(var_32, var_42, adj_32, adj_42, adj_43);
    wp::adj_min(var_40, var_41, adj_40, adj_41, adj_42);
    wp::adj_max(var_34, var_39, adj_34, adj_39, adj_40);
    wp::adj_max(var_36, var_38, adj_36, adj_38, adj_39);
    wp::adj_extract(var_18, var_37, adj_18, adj_37, adj_38);
    wp::adj_extract(var_18, var_35, adj_18, adj_35, adj_36);
    wp::adj_extract(var_18, var_33, adj_18, adj_33, adj_34);
    wp::adj_length(var_31, var_32, adj_31, adj_32);
    // adj: return wp.length(e) + wp.min(wp.max(q[0], wp.max(q[1], q[2])), 0.0)               <L 11>
    wp::adj_vec_t(var_22, var_26, var_30, adj_22, adj_26, adj_30, adj_31);
    wp::adj_max(var_28, var_29, adj_28, adj_29, adj_30);
    wp::adj_extract(var_18, var_27, adj_18, adj_27, adj_28);
    wp::adj_max(var_24, var_25, adj_24, adj_25, adj_26);
    wp::adj_extract(var_18, var_23, adj_18, adj_23, adj_24);
    wp::adj_max(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_extract(var_18, var_19, adj_18, adj_19, adj_20);
    // adj: e = wp.vec3(wp.max(q[0], 0.0), wp.max(q[1], 0.0), wp.max(q[2], 0.0))              <L 10>
    wp::adj_vec_t(var_5, var_11, var_17, adj_5, adj_11, adj_17, adj_18);
    wp::adj_sub(var_14, var_16, adj_14, adj_16, adj_17);
    wp::adj_extract(var_upper, var_15, adj_upper, adj_15, adj_16);
    wp::adj_abs(var_13, adj_13, adj_14);
    wp::adj_extract(var_p, var_12, adj_p, adj_12, adj_13);
    wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_extract(var_upper, var_9, adj_upper, adj_9, adj_10);
    wp::adj_abs(var_7, adj_7, adj_8);
    wp::adj_extract(var_p, var_6, adj_p, adj_6, adj_7);
    wp::adj_sub(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_extract(var_upper, var_3, adj_upper, adj_3, adj_4);
    wp::adj_abs(var_1, adj_1, adj_2);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: q = wp.vec3(wp.abs(p[0]) - upper[0], wp.abs(p[1]) - upper[1], wp.abs(p[2]) - upper[2])  <L 9>
    // adj: def sdf_box(upper: wp.vec3, p: wp.vec3):                                          <L 8>
    return;
}


// sphere_trace.py:14
static void adj_scene_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::float32 var_1 = 0.75;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.75;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 1.0;
    const wp::float32 var_10 = 0.5;
    const wp::float32 var_11 = 0.5;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
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
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    //---------
    // forward
    // def scene_sdf(p: wp.vec3):                                                             <L 15>
    // sphere = wp.length(p - wp.vec3(0.0, 0.75, 0.0)) - 0.75                                 <L 16>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::sub(var_p, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::sub(var_5, var_6);
    // d = wp.max(-sphere, sdf_box(wp.vec3(1.0, 0.5, 0.5), p))                                <L 18>
    var_8 = wp::neg(var_7);
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    var_13 = sdf_box_0(var_12, var_p);
    var_14 = wp::max(var_8, var_13);
    // return wp.min(d, p[1] + 1.0)                                                           <L 19>
    var_16 = wp::extract(var_p, var_15);
    var_18 = wp::add(var_16, var_17);
    var_19 = wp::min(var_14, var_18);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_19 += adj_ret;
    wp::adj_min(var_14, var_18, adj_14, adj_18, adj_19);
    wp::adj_add(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_extract(var_p, var_15, adj_p, adj_15, adj_16);
    // adj: return wp.min(d, p[1] + 1.0)                                                      <L 19>
    wp::adj_max(var_8, var_13, adj_8, adj_13, adj_14);
    adj_sdf_box_0(var_12, var_p, adj_12, adj_p, adj_13);
    wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
    wp::adj_neg(var_7, adj_7, adj_8);
    // adj: d = wp.max(-sphere, sdf_box(wp.vec3(1.0, 0.5, 0.5), p))                           <L 18>
    wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_length(var_4, var_5, adj_4, adj_5);
    wp::adj_sub(var_p, var_3, adj_p, adj_3, adj_4);
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: sphere = wp.length(p - wp.vec3(0.0, 0.75, 0.0)) - 0.75                            <L 16>
    // adj: def scene_sdf(p: wp.vec3):                                                        <L 15>
    return;
}


// sphere_trace.py:22
static void adj_estimate_normal_0(
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
    // def estimate_normal(p: wp.vec3):                                                       <L 23>
    // eps = 1.0e-3                                                                           <L 24>
    // dx = scene_sdf(p + wp.vec3(eps, 0.0, 0.0)) - scene_sdf(p - wp.vec3(eps, 0.0, 0.0))       <L 26>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::add(var_p, var_3);
    var_5 = scene_sdf_0(var_4);
    var_8 = wp::vec_t<3, wp::float32>(var_0, var_6, var_7);
    var_9 = wp::sub(var_p, var_8);
    var_10 = scene_sdf_0(var_9);
    var_11 = wp::sub(var_5, var_10);
    // dy = scene_sdf(p + wp.vec3(0.0, eps, 0.0)) - scene_sdf(p - wp.vec3(0.0, eps, 0.0))       <L 27>
    var_14 = wp::vec_t<3, wp::float32>(var_12, var_0, var_13);
    var_15 = wp::add(var_p, var_14);
    var_16 = scene_sdf_0(var_15);
    var_19 = wp::vec_t<3, wp::float32>(var_17, var_0, var_18);
    var_20 = wp::sub(var_p, var_19);
    var_21 = scene_sdf_0(var_20);
    var_22 = wp::sub(var_16, var_21);
    // dz = scene_sdf(p + wp.vec3(0.0, 0.0, eps)) - scene_sdf(p - wp.vec3(0.0, 0.0, eps))       <L 28>
    var_25 = wp::vec_t<3, wp::float32>(var_23, var_24, var_0);
    var_26 = wp::add(var_p, var_25);
    var_27 = scene_sdf_0(var_26);
    var_30 = wp::vec_t<3, wp::float32>(var_28, var_29, var_0);
    var_31 = wp::sub(var_p, var_30);
    var_32 = scene_sdf_0(var_31);
    var_33 = wp::sub(var_27, var_32);
    // return wp.normalize(wp.vec3(dx, dy, dz))                                               <L 29>
    var_34 = wp::vec_t<3, wp::float32>(var_11, var_22, var_33);
    var_35 = wp::normalize(var_34);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_35 += adj_ret;
    wp::adj_normalize(var_34, var_35, adj_34, adj_35);
    wp::adj_vec_t(var_11, var_22, var_33, adj_11, adj_22, adj_33, adj_34);
    // adj: return wp.normalize(wp.vec3(dx, dy, dz))                                          <L 29>
    wp::adj_sub(var_27, var_32, adj_27, adj_32, adj_33);
    adj_scene_sdf_0(var_31, adj_31, adj_32);
    wp::adj_sub(var_p, var_30, adj_p, adj_30, adj_31);
    wp::adj_vec_t(var_28, var_29, var_0, adj_28, adj_29, adj_0, adj_30);
    adj_scene_sdf_0(var_26, adj_26, adj_27);
    wp::adj_add(var_p, var_25, adj_p, adj_25, adj_26);
    wp::adj_vec_t(var_23, var_24, var_0, adj_23, adj_24, adj_0, adj_25);
    // adj: dz = scene_sdf(p + wp.vec3(0.0, 0.0, eps)) - scene_sdf(p - wp.vec3(0.0, 0.0, eps))  <L 28>
    wp::adj_sub(var_16, var_21, adj_16, adj_21, adj_22);
    adj_scene_sdf_0(var_20, adj_20, adj_21);
    wp::adj_sub(var_p, var_19, adj_p, adj_19, adj_20);
    wp::adj_vec_t(var_17, var_0, var_18, adj_17, adj_0, adj_18, adj_19);
    adj_scene_sdf_0(var_15, adj_15, adj_16);
    wp::adj_add(var_p, var_14, adj_p, adj_14, adj_15);
    wp::adj_vec_t(var_12, var_0, var_13, adj_12, adj_0, adj_13, adj_14);
    // adj: dy = scene_sdf(p + wp.vec3(0.0, eps, 0.0)) - scene_sdf(p - wp.vec3(0.0, eps, 0.0))  <L 27>
    wp::adj_sub(var_5, var_10, adj_5, adj_10, adj_11);
    adj_scene_sdf_0(var_9, adj_9, adj_10);
    wp::adj_sub(var_p, var_8, adj_p, adj_8, adj_9);
    wp::adj_vec_t(var_0, var_6, var_7, adj_0, adj_6, adj_7, adj_8);
    adj_scene_sdf_0(var_4, adj_4, adj_5);
    wp::adj_add(var_p, var_3, adj_p, adj_3, adj_4);
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: dx = scene_sdf(p + wp.vec3(eps, 0.0, 0.0)) - scene_sdf(p - wp.vec3(eps, 0.0, 0.0))  <L 26>
    // adj: eps = 1.0e-3                                                                      <L 24>
    // adj: def estimate_normal(p: wp.vec3):                                                  <L 23>
    return;
}

struct wp_args_sphere_trace_aaea6437 {
    wp::array_t<wp::vec_t<3, wp::float32>> result;
    wp::vec_t<3, wp::float32> cam_pos;
    wp::quat_t<wp::float32> view_rot;
    wp::vec_t<3, wp::float32> background;
    wp::vec_t<3, wp::float32> albedo;
    wp::float32 fog_density;
};


template <bool wp_linear_contiguous>
static void sphere_trace_aaea6437_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_sphere_trace_aaea6437 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_result = _wp_args->result;
    wp::vec_t<3, wp::float32> var_cam_pos = _wp_args->cam_pos;
    wp::quat_t<wp::float32> var_view_rot = _wp_args->view_rot;
    wp::vec_t<3, wp::float32> var_background = _wp_args->background;
    wp::vec_t<3, wp::float32> var_albedo = _wp_args->albedo;
    wp::float32 var_fog_density = _wp_args->fog_density;
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
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 2.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = -2.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 0.0;
    wp::float32 var_29;
    const wp::float32 var_30 = 1.0;
    wp::float32 var_31;
    const wp::int32 var_32 = 64;
    wp::range_t var_33;
    wp::int32 var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::float32 var_37;
    bool var_38;
    const wp::float32 var_39 = 0.001;
    bool var_40;
    const wp::float32 var_41 = 20.0;
    bool var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 0.001;
    bool var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    const wp::float32 var_50 = 0.6;
    const wp::float32 var_51 = 0.4;
    const wp::float32 var_52 = 0.5;
    wp::vec_t<3, wp::float32> var_53;
    wp::vec_t<3, wp::float32> var_54;
    wp::float32 var_55;
    const wp::float32 var_56 = 0.0;
    wp::float32 var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::vec_t<3, wp::float32> var_62;
    //---------
    // forward
    // def sphere_trace(                                                                      <L 33>
    // i, j = wp.tid()                                                                        <L 41>
    builtin_tid2d(var_0, var_1);
    // width = result.shape[0]                                                                <L 42>
    var_2 = &(var_result.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = result.shape[1]                                                               <L 43>
    var_6 = &(var_result.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // sx = (2.0 * float(i) - float(width)) / float(height)                                   <L 46>
    var_11 = wp::float(var_0);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::float(var_4);
    var_14 = wp::sub(var_12, var_13);
    var_15 = wp::float(var_8);
    var_16 = wp::div(var_14, var_15);
    // sy = (2.0 * float(j) - float(height)) / float(height)                                  <L 47>
    var_18 = wp::float(var_1);
    var_19 = wp::mul(var_17, var_18);
    var_20 = wp::float(var_8);
    var_21 = wp::sub(var_19, var_20);
    var_22 = wp::float(var_8);
    var_23 = wp::div(var_21, var_22);
    // rd = wp.quat_rotate(view_rot, wp.normalize(wp.vec3(sx, sy, -2.0)))                     <L 48>
    var_25 = wp::vec_t<3, wp::float32>(var_16, var_23, var_24);
    var_26 = wp::normalize(var_25);
    var_27 = wp::quat_rotate(var_view_rot, var_26);
    // t = float(0.0)                                                                         <L 49>
    var_29 = wp::float(var_28);
    // d = float(1.0)                                                                         <L 50>
    var_31 = wp::float(var_30);
    // for _step in range(MAX_STEPS):                                                         <L 51>
    var_33 = wp::range(var_32);
    start_for_0:;
        if (iter_cmp(var_33) == 0) goto end_for_0;
        var_34 = wp::iter_next(var_33);
        // d = scene_sdf(cam_pos + rd * t)                                                    <L 52>
        var_35 = wp::mul(var_27, var_29);
        var_36 = wp::add(var_cam_pos, var_35);
        var_37 = scene_sdf_0(var_36);
        // if d < 1.0e-3 or t > 20.0:                                                         <L 53>
        var_40 = (var_37 < var_39);
        var_38 = var_40;
        if (!var_38) {
            var_42 = (var_29 > var_41);
            var_38 = var_38 || var_42;
        }
        if (var_38) {
            // break                                                                          <L 54>
            wp::assign(var_31, var_37);
            goto end_for_0;
        }
        var_43 = wp::where(var_38, var_31, var_37);
        // t += d                                                                             <L 55>
        var_44 = wp::add(var_29, var_43);
        wp::assign(var_29, var_44);
        wp::assign(var_31, var_43);
        goto start_for_0;
    end_for_0:;
    // if d < 1.0e-3:                                                                         <L 56>
    var_46 = (var_31 < var_45);
    if (var_46) {
        // p = cam_pos + rd * t                                                               <L 57>
        var_47 = wp::mul(var_27, var_29);
        var_48 = wp::add(var_cam_pos, var_47);
        // n = estimate_normal(p)                                                             <L 58>
        var_49 = estimate_normal_0(var_48);
        // fogged = wp.lerp(background, albedo * wp.max(wp.dot(n, wp.normalize(wp.vec3(0.6, 0.4, 0.5))), 0.0), wp.exp(-fog_density * t))       <L 61>
        var_53 = wp::vec_t<3, wp::float32>(var_50, var_51, var_52);
        var_54 = wp::normalize(var_53);
        var_55 = wp::dot(var_49, var_54);
        var_57 = wp::max(var_55, var_56);
        var_58 = wp::mul(var_albedo, var_57);
        var_59 = wp::neg(var_fog_density);
        var_60 = wp::mul(var_59, var_29);
        var_61 = wp::exp(var_60);
        var_62 = wp::lerp(var_background, var_58, var_61);
        // result[i, j] = fogged                                                              <L 62>
        wp::array_store(var_result, var_0, var_1, var_62);
    }
    if (!var_46) {
        // result[i, j] = background                                                          <L 64>
        wp::array_store(var_result, var_0, var_1, var_background);
    }
}



template <bool wp_linear_contiguous>
static void sphere_trace_aaea6437_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_sphere_trace_aaea6437 *_wp_args,
    wp_args_sphere_trace_aaea6437 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_result = _wp_args->result;
    wp::vec_t<3, wp::float32> var_cam_pos = _wp_args->cam_pos;
    wp::quat_t<wp::float32> var_view_rot = _wp_args->view_rot;
    wp::vec_t<3, wp::float32> var_background = _wp_args->background;
    wp::vec_t<3, wp::float32> var_albedo = _wp_args->albedo;
    wp::float32 var_fog_density = _wp_args->fog_density;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_result = _wp_adj_args->result;
    wp::vec_t<3, wp::float32> adj_cam_pos = _wp_adj_args->cam_pos;
    wp::quat_t<wp::float32> adj_view_rot = _wp_adj_args->view_rot;
    wp::vec_t<3, wp::float32> adj_background = _wp_adj_args->background;
    wp::vec_t<3, wp::float32> adj_albedo = _wp_adj_args->albedo;
    wp::float32 adj_fog_density = _wp_adj_args->fog_density;
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
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 2.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = -2.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 0.0;
    wp::float32 var_29;
    const wp::float32 var_30 = 1.0;
    wp::float32 var_31;
    const wp::int32 var_32 = 64;
    wp::range_t var_33;
    wp::int32 var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::float32 var_37;
    bool var_38;
    const wp::float32 var_39 = 0.001;
    bool var_40;
    const wp::float32 var_41 = 20.0;
    bool var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 0.001;
    bool var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    const wp::float32 var_50 = 0.6;
    const wp::float32 var_51 = 0.4;
    const wp::float32 var_52 = 0.5;
    wp::vec_t<3, wp::float32> var_53;
    wp::vec_t<3, wp::float32> var_54;
    wp::float32 var_55;
    const wp::float32 var_56 = 0.0;
    wp::float32 var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::vec_t<3, wp::float32> var_62;
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
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::range_t adj_33 = {};
    wp::int32 adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::float32 adj_37 = {};
    bool adj_38 = {};
    wp::float32 adj_39 = {};
    bool adj_40 = {};
    wp::float32 adj_41 = {};
    bool adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    bool adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::vec_t<3, wp::float32> adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    //---------
    // forward
    // def sphere_trace(                                                                      <L 33>
    // i, j = wp.tid()                                                                        <L 41>
    builtin_tid2d(var_0, var_1);
    // width = result.shape[0]                                                                <L 42>
    var_2 = &(var_result.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = result.shape[1]                                                               <L 43>
    var_6 = &(var_result.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // sx = (2.0 * float(i) - float(width)) / float(height)                                   <L 46>
    var_11 = wp::float(var_0);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::float(var_4);
    var_14 = wp::sub(var_12, var_13);
    var_15 = wp::float(var_8);
    var_16 = wp::div(var_14, var_15);
    // sy = (2.0 * float(j) - float(height)) / float(height)                                  <L 47>
    var_18 = wp::float(var_1);
    var_19 = wp::mul(var_17, var_18);
    var_20 = wp::float(var_8);
    var_21 = wp::sub(var_19, var_20);
    var_22 = wp::float(var_8);
    var_23 = wp::div(var_21, var_22);
    // rd = wp.quat_rotate(view_rot, wp.normalize(wp.vec3(sx, sy, -2.0)))                     <L 48>
    var_25 = wp::vec_t<3, wp::float32>(var_16, var_23, var_24);
    var_26 = wp::normalize(var_25);
    var_27 = wp::quat_rotate(var_view_rot, var_26);
    // t = float(0.0)                                                                         <L 49>
    var_29 = wp::float(var_28);
    // d = float(1.0)                                                                         <L 50>
    var_31 = wp::float(var_30);
    // for _step in range(MAX_STEPS):                                                         <L 51>
    var_33 = wp::range(var_32);
    // if d < 1.0e-3:                                                                         <L 56>
    var_46 = (var_31 < var_45);
    if (var_46) {
        // p = cam_pos + rd * t                                                               <L 57>
        var_47 = wp::mul(var_27, var_29);
        var_48 = wp::add(var_cam_pos, var_47);
        // n = estimate_normal(p)                                                             <L 58>
        var_49 = estimate_normal_0(var_48);
        // fogged = wp.lerp(background, albedo * wp.max(wp.dot(n, wp.normalize(wp.vec3(0.6, 0.4, 0.5))), 0.0), wp.exp(-fog_density * t))       <L 61>
        var_53 = wp::vec_t<3, wp::float32>(var_50, var_51, var_52);
        var_54 = wp::normalize(var_53);
        var_55 = wp::dot(var_49, var_54);
        var_57 = wp::max(var_55, var_56);
        var_58 = wp::mul(var_albedo, var_57);
        var_59 = wp::neg(var_fog_density);
        var_60 = wp::mul(var_59, var_29);
        var_61 = wp::exp(var_60);
        var_62 = wp::lerp(var_background, var_58, var_61);
        // result[i, j] = fogged                                                              <L 62>
        // wp::array_store(var_result, var_0, var_1, var_62);
    }
    if (!var_46) {
        // result[i, j] = background                                                          <L 64>
        // wp::array_store(var_result, var_0, var_1, var_background);
    }
    //---------
    // reverse
    if (!var_46) {
        wp::adj_array_store(var_result, var_0, var_1, var_background, adj_result, adj_0, adj_1, adj_background);
        // adj: result[i, j] = background                                                     <L 64>
    }
    if (var_46) {
        wp::adj_array_store(var_result, var_0, var_1, var_62, adj_result, adj_0, adj_1, adj_62);
        // adj: result[i, j] = fogged                                                         <L 62>
        wp::adj_lerp(var_background, var_58, var_61, adj_background, adj_58, adj_61, adj_62);
        wp::adj_exp(var_60, var_61, adj_60, adj_61);
        wp::adj_mul(var_59, var_29, adj_59, adj_29, adj_60);
        wp::adj_neg(var_fog_density, adj_fog_density, adj_59);
        wp::adj_mul(var_albedo, var_57, adj_albedo, adj_57, adj_58);
        wp::adj_max(var_55, var_56, adj_55, adj_56, adj_57);
        wp::adj_dot(var_49, var_54, adj_49, adj_54, adj_55);
        wp::adj_normalize(var_53, var_54, adj_53, adj_54);
        wp::adj_vec_t(var_50, var_51, var_52, adj_50, adj_51, adj_52, adj_53);
        // adj: fogged = wp.lerp(background, albedo * wp.max(wp.dot(n, wp.normalize(wp.vec3(0.6, 0.4, 0.5))), 0.0), wp.exp(-fog_density * t))  <L 61>
        adj_estimate_normal_0(var_48, adj_48, adj_49);
        // adj: n = estimate_normal(p)                                                        <L 58>
        wp::adj_add(var_cam_pos, var_47, adj_cam_pos, adj_47, adj_48);
        wp::adj_mul(var_27, var_29, adj_27, adj_29, adj_47);
        // adj: p = cam_pos + rd * t                                                          <L 57>
    }
    // adj: if d < 1.0e-3:                                                                    <L 56>
    var_33 = wp::iter_reverse(var_33);
    start_for_0:;
        if (iter_cmp(var_33) == 0) goto end_for_0;
        var_34 = wp::iter_next(var_33);
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
    	adj_43 = {};
    	adj_44 = {};
        // d = scene_sdf(cam_pos + rd * t)                                                    <L 52>
        var_35 = wp::mul(var_27, var_29);
        var_36 = wp::add(var_cam_pos, var_35);
        var_37 = scene_sdf_0(var_36);
        // if d < 1.0e-3 or t > 20.0:                                                         <L 53>
        var_40 = (var_37 < var_39);
        var_38 = var_40;
        if (!var_38) {
            var_42 = (var_29 > var_41);
            var_38 = var_38 || var_42;
        }
        if (var_38) {
            // break                                                                          <L 54>
            wp::assign(var_31, var_37);
            goto end_for_0;
        }
        var_43 = wp::where(var_38, var_31, var_37);
        // t += d                                                                             <L 55>
        var_44 = wp::add(var_29, var_43);
        wp::assign(var_29, var_44);
        wp::assign(var_31, var_43);
        wp::adj_assign(var_31, var_43, adj_31, adj_43);
        wp::adj_assign(var_29, var_44, adj_29, adj_44);
        wp::adj_add(var_29, var_43, adj_29, adj_43, adj_44);
        // adj: t += d                                                                        <L 55>
        wp::adj_where(var_38, var_31, var_37, adj_38, adj_31, adj_37, adj_43);
        if (var_38) {
            wp::adj_assign(var_31, var_37, adj_31, adj_37);
            // adj: break                                                                     <L 54>
        }
        if (!var_38) {
        }
        // adj: if d < 1.0e-3 or t > 20.0:                                                    <L 53>
        adj_scene_sdf_0(var_36, adj_36, adj_37);
        wp::adj_add(var_cam_pos, var_35, adj_cam_pos, adj_35, adj_36);
        wp::adj_mul(var_27, var_29, adj_27, adj_29, adj_35);
        // adj: d = scene_sdf(cam_pos + rd * t)                                               <L 52>
    	goto start_for_0;
    end_for_0:;
    // adj: for _step in range(MAX_STEPS):                                                    <L 51>
    wp::adj_float(var_30, adj_30, adj_31);
    // adj: d = float(1.0)                                                                    <L 50>
    wp::adj_float(var_28, adj_28, adj_29);
    // adj: t = float(0.0)                                                                    <L 49>
    wp::adj_quat_rotate(var_view_rot, var_26, adj_view_rot, adj_26, adj_27);
    wp::adj_normalize(var_25, var_26, adj_25, adj_26);
    wp::adj_vec_t(var_16, var_23, var_24, adj_16, adj_23, adj_24, adj_25);
    // adj: rd = wp.quat_rotate(view_rot, wp.normalize(wp.vec3(sx, sy, -2.0)))                <L 48>
    wp::adj_div(var_21, var_22, var_23, adj_21, adj_22, adj_23);
    wp::adj_float(var_8, adj_8, adj_22);
    wp::adj_sub(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_float(var_8, adj_8, adj_20);
    wp::adj_mul(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_float(var_1, adj_1, adj_18);
    // adj: sy = (2.0 * float(j) - float(height)) / float(height)                             <L 47>
    wp::adj_div(var_14, var_15, var_16, adj_14, adj_15, adj_16);
    wp::adj_float(var_8, adj_8, adj_15);
    wp::adj_sub(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_float(var_4, adj_4, adj_13);
    wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_float(var_0, adj_0, adj_11);
    // adj: sx = (2.0 * float(i) - float(width)) / float(height)                              <L 46>
    adj_result.shape = adj_6;
    // adj: height = result.shape[1]                                                          <L 43>
    adj_result.shape = adj_2;
    // adj: width = result.shape[0]                                                           <L 42>
    // adj: i, j = wp.tid()                                                                   <L 41>
    // adj: def sphere_trace(                                                                 <L 33>
    return;
}



struct sphere_trace_aaea6437_cpu_block_payload_forward
{
    wp_args_sphere_trace_aaea6437* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sphere_trace_aaea6437_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    sphere_trace_aaea6437_cpu_block_payload_forward* payload = (sphere_trace_aaea6437_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sphere_trace_aaea6437_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sphere_trace_aaea6437_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_sphere_trace_aaea6437 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        sphere_trace_aaea6437_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sphere_trace_aaea6437_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sphere_trace_aaea6437_cpu_block_payload_backward
{
    wp_args_sphere_trace_aaea6437* args;
    wp_args_sphere_trace_aaea6437* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sphere_trace_aaea6437_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    sphere_trace_aaea6437_cpu_block_payload_backward* payload = (sphere_trace_aaea6437_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sphere_trace_aaea6437_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sphere_trace_aaea6437_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_sphere_trace_aaea6437 *_wp_args,
    wp_args_sphere_trace_aaea6437 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        sphere_trace_aaea6437_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sphere_trace_aaea6437_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

