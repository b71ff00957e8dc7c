// Warp 1.19.0 cpu code for raymarch_image_ba5fa8b9.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// raymarch_image.py:19
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
    // def scene_sdf(p: wp.vec3):                                                             <L 20>
    // d = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - wp.vec3(0.8, 0.4, 0.6)         <L 21>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::abs(var_1);
    var_4 = wp::extract(var_p, var_3);
    var_5 = wp::abs(var_4);
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::abs(var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    var_14 = wp::sub(var_9, var_13);
    // outside = wp.vec3(wp.max(d[0], 0.0), wp.max(d[1], 0.0), wp.max(d[2], 0.0))             <L 22>
    var_16 = wp::extract(var_14, var_15);
    var_18 = wp::max(var_16, var_17);
    var_20 = wp::extract(var_14, var_19);
    var_22 = wp::max(var_20, var_21);
    var_24 = wp::extract(var_14, var_23);
    var_26 = wp::max(var_24, var_25);
    var_27 = wp::vec_t<3, wp::float32>(var_18, var_22, var_26);
    // inside = wp.min(wp.max(d[0], wp.max(d[1], d[2])), 0.0)                                 <L 23>
    var_29 = wp::extract(var_14, var_28);
    var_31 = wp::extract(var_14, var_30);
    var_33 = wp::extract(var_14, var_32);
    var_34 = wp::max(var_31, var_33);
    var_35 = wp::max(var_29, var_34);
    var_37 = wp::min(var_35, var_36);
    // return wp.length(outside) + inside - 0.1                                               <L 24>
    var_38 = wp::length(var_27);
    var_39 = wp::add(var_38, var_37);
    var_41 = wp::sub(var_39, var_40);
    return var_41;
}


// raymarch_image.py:27
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
    // def estimate_normal(p: wp.vec3):                                                       <L 28>
    // h = 1.0e-3                                                                             <L 30>
    // a = wp.vec3(1.0, -1.0, -1.0)                                                           <L 31>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    // b = wp.vec3(-1.0, -1.0, 1.0)                                                           <L 32>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    // c = wp.vec3(-1.0, 1.0, -1.0)                                                           <L 33>
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    // e = wp.vec3(1.0, 1.0, 1.0)                                                             <L 34>
    var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
    // g = a * scene_sdf(p + a * h) + b * scene_sdf(p + b * h) + c * scene_sdf(p + c * h) + e * scene_sdf(p + e * h)       <L 35>
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
    // return wp.normalize(g)                                                                 <L 36>
    var_36 = wp::normalize(var_35);
    return var_36;
}


// raymarch_image.py:4
static wp::vec_t<3, wp::float32> fresnel_rim_0(
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
    // def fresnel_rim(albedo: wp.vec3, n: wp.vec3, rd: wp.vec3, sky: wp.vec3):               <L 5>
    // cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)                                         <L 6>
    var_0 = wp::dot(var_n, var_rd);
    var_1 = wp::neg(var_0);
    var_4 = wp::clamp(var_1, var_2, var_3);
    // fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)                                   <L 7>
    var_8 = wp::sub(var_7, var_4);
    var_10 = wp::pow(var_8, var_9);
    var_11 = wp::mul(var_6, var_10);
    var_12 = wp::add(var_5, var_11);
    // return wp.lerp(albedo * cos_theta, sky, fresnel)                                       <L 8>
    var_13 = wp::mul(var_albedo, var_4);
    var_14 = wp::lerp(var_13, var_sky, var_12);
    return var_14;
}


// raymarch_image.py:11
static wp::vec_t<3, wp::float32> distance_fog_0(
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> var_sky,
    wp::float32 var_fog,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def distance_fog(c: wp.vec3, sky: wp.vec3, fog: float, t: float):                      <L 12>
    // return wp.lerp(sky, c, wp.exp(-fog * t))                                               <L 13>
    var_0 = wp::neg(var_fog);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::exp(var_1);
    var_3 = wp::lerp(var_sky, var_c, var_2);
    return var_3;
}


// raymarch_image.py:19
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
    // def scene_sdf(p: wp.vec3):                                                             <L 20>
    // d = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - wp.vec3(0.8, 0.4, 0.6)         <L 21>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::abs(var_1);
    var_4 = wp::extract(var_p, var_3);
    var_5 = wp::abs(var_4);
    var_7 = wp::extract(var_p, var_6);
    var_8 = wp::abs(var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    var_14 = wp::sub(var_9, var_13);
    // outside = wp.vec3(wp.max(d[0], 0.0), wp.max(d[1], 0.0), wp.max(d[2], 0.0))             <L 22>
    var_16 = wp::extract(var_14, var_15);
    var_18 = wp::max(var_16, var_17);
    var_20 = wp::extract(var_14, var_19);
    var_22 = wp::max(var_20, var_21);
    var_24 = wp::extract(var_14, var_23);
    var_26 = wp::max(var_24, var_25);
    var_27 = wp::vec_t<3, wp::float32>(var_18, var_22, var_26);
    // inside = wp.min(wp.max(d[0], wp.max(d[1], d[2])), 0.0)                                 <L 23>
    var_29 = wp::extract(var_14, var_28);
    var_31 = wp::extract(var_14, var_30);
    var_33 = wp::extract(var_14, var_32);
    var_34 = wp::max(var_31, var_33);
    var_35 = wp::max(var_29, var_34);
    var_37 = wp::min(var_35, var_36);
    // return wp.length(outside) + inside - 0.1                                               <L 24>
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
    // adj: return wp.length(outside) + inside - 0.1                                          <L 24>
    wp::adj_min(var_35, var_36, adj_35, adj_36, adj_37);
    wp::adj_max(var_29, var_34, adj_29, adj_34, adj_35);
    wp::adj_max(var_31, var_33, adj_31, adj_33, adj_34);
    wp::adj_extract(var_14, var_32, adj_14, adj_32, adj_33);
    wp::adj_extract(var_14, var_30, adj_14, adj_30, adj_31);
    wp::adj_extract(var_14, var_28, adj_14, adj_28, adj_29);
    // adj: inside = wp.min(wp.max(d[0], wp.max(d[1], d[2])), 0.0)                            <L 23>
    wp::adj_vec_t(var_18, var_22, var_26, adj_18, adj_22, adj_26, adj_27);
    wp::adj_max(var_24, var_25, adj_24, adj_25, adj_26);
    wp::adj_extract(var_14, var_23, adj_14, adj_23, adj_24);
    wp::adj_max(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_extract(var_14, var_19, adj_14, adj_19, adj_20);
    wp::adj_max(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_extract(var_14, var_15, adj_14, adj_15, adj_16);
    // adj: outside = wp.vec3(wp.max(d[0], 0.0), wp.max(d[1], 0.0), wp.max(d[2], 0.0))        <L 22>
    wp::adj_sub(var_9, var_13, adj_9, adj_13, adj_14);
    wp::adj_vec_t(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    wp::adj_vec_t(var_2, var_5, var_8, adj_2, adj_5, adj_8, adj_9);
    wp::adj_abs(var_7, adj_7, adj_8);
    wp::adj_extract(var_p, var_6, adj_p, adj_6, adj_7);
    wp::adj_abs(var_4, adj_4, adj_5);
    wp::adj_extract(var_p, var_3, adj_p, adj_3, adj_4);
    wp::adj_abs(var_1, adj_1, adj_2);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: d = wp.vec3(wp.abs(p[0]), wp.abs(p[1]), wp.abs(p[2])) - wp.vec3(0.8, 0.4, 0.6)    <L 21>
    // adj: def scene_sdf(p: wp.vec3):                                                        <L 20>
    return;
}


// raymarch_image.py:27
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
    // def estimate_normal(p: wp.vec3):                                                       <L 28>
    // h = 1.0e-3                                                                             <L 30>
    // a = wp.vec3(1.0, -1.0, -1.0)                                                           <L 31>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    // b = wp.vec3(-1.0, -1.0, 1.0)                                                           <L 32>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    // c = wp.vec3(-1.0, 1.0, -1.0)                                                           <L 33>
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    // e = wp.vec3(1.0, 1.0, 1.0)                                                             <L 34>
    var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
    // g = a * scene_sdf(p + a * h) + b * scene_sdf(p + b * h) + c * scene_sdf(p + c * h) + e * scene_sdf(p + e * h)       <L 35>
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
    // return wp.normalize(g)                                                                 <L 36>
    var_36 = wp::normalize(var_35);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_36 += adj_ret;
    wp::adj_normalize(var_35, var_36, adj_35, adj_36);
    // adj: return wp.normalize(g)                                                            <L 36>
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
    // adj: g = a * scene_sdf(p + a * h) + b * scene_sdf(p + b * h) + c * scene_sdf(p + c * h) + e * scene_sdf(p + e * h)  <L 35>
    wp::adj_vec_t(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
    // adj: e = wp.vec3(1.0, 1.0, 1.0)                                                        <L 34>
    wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
    // adj: c = wp.vec3(-1.0, 1.0, -1.0)                                                      <L 33>
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    // adj: b = wp.vec3(-1.0, -1.0, 1.0)                                                      <L 32>
    wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    // adj: a = wp.vec3(1.0, -1.0, -1.0)                                                      <L 31>
    // adj: h = 1.0e-3                                                                        <L 30>
    // adj: def estimate_normal(p: wp.vec3):                                                  <L 28>
    return;
}


// raymarch_image.py:4
static void adj_fresnel_rim_0(
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
    // def fresnel_rim(albedo: wp.vec3, n: wp.vec3, rd: wp.vec3, sky: wp.vec3):               <L 5>
    // cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)                                         <L 6>
    var_0 = wp::dot(var_n, var_rd);
    var_1 = wp::neg(var_0);
    var_4 = wp::clamp(var_1, var_2, var_3);
    // fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)                                   <L 7>
    var_8 = wp::sub(var_7, var_4);
    var_10 = wp::pow(var_8, var_9);
    var_11 = wp::mul(var_6, var_10);
    var_12 = wp::add(var_5, var_11);
    // return wp.lerp(albedo * cos_theta, sky, fresnel)                                       <L 8>
    var_13 = wp::mul(var_albedo, var_4);
    var_14 = wp::lerp(var_13, var_sky, var_12);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_14 += adj_ret;
    wp::adj_lerp(var_13, var_sky, var_12, adj_13, adj_sky, adj_12, adj_14);
    wp::adj_mul(var_albedo, var_4, adj_albedo, adj_4, adj_13);
    // adj: return wp.lerp(albedo * cos_theta, sky, fresnel)                                  <L 8>
    wp::adj_add(var_5, var_11, adj_5, adj_11, adj_12);
    wp::adj_mul(var_6, var_10, adj_6, adj_10, adj_11);
    wp::adj_pow(var_8, var_9, var_10, adj_8, adj_9, adj_10);
    wp::adj_sub(var_7, var_4, adj_7, adj_4, adj_8);
    // adj: fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)                              <L 7>
    wp::adj_clamp(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    wp::adj_neg(var_0, adj_0, adj_1);
    wp::adj_dot(var_n, var_rd, adj_n, adj_rd, adj_0);
    // adj: cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)                                    <L 6>
    // adj: def fresnel_rim(albedo: wp.vec3, n: wp.vec3, rd: wp.vec3, sky: wp.vec3):          <L 5>
    return;
}


// raymarch_image.py:11
static void adj_distance_fog_0(
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> var_sky,
    wp::float32 var_fog,
    wp::float32 var_t,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::vec_t<3, wp::float32> & adj_sky,
    wp::float32 & adj_fog,
    wp::float32 & adj_t,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
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
    // def distance_fog(c: wp.vec3, sky: wp.vec3, fog: float, t: float):                      <L 12>
    // return wp.lerp(sky, c, wp.exp(-fog * t))                                               <L 13>
    var_0 = wp::neg(var_fog);
    var_1 = wp::mul(var_0, var_t);
    var_2 = wp::exp(var_1);
    var_3 = wp::lerp(var_sky, var_c, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_lerp(var_sky, var_c, var_2, adj_sky, adj_c, adj_2, adj_3);
    wp::adj_exp(var_1, var_2, adj_1, adj_2);
    wp::adj_mul(var_0, var_t, adj_0, adj_t, adj_1);
    wp::adj_neg(var_fog, adj_fog, adj_0);
    // adj: return wp.lerp(sky, c, wp.exp(-fog * t))                                          <L 13>
    // adj: def distance_fog(c: wp.vec3, sky: wp.vec3, fog: float, t: float):                 <L 12>
    return;
}

struct wp_args_raymarch_image_b7bdc19b {
    wp::vec_t<3, wp::float32> camera_position;
    wp::quat_t<wp::float32> camera_rotation;
    wp::float32 max_dist;
    wp::vec_t<3, wp::float32> clear_color;
    wp::vec_t<3, wp::float32> base_color;
    wp::float32 fog_density;
    wp::array_t<wp::vec_t<3, wp::float32>> result;
};


template <bool wp_linear_contiguous>
static void raymarch_image_b7bdc19b_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_raymarch_image_b7bdc19b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_camera_position = _wp_args->camera_position;
    wp::quat_t<wp::float32> var_camera_rotation = _wp_args->camera_rotation;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::vec_t<3, wp::float32> var_clear_color = _wp_args->clear_color;
    wp::vec_t<3, wp::float32> var_base_color = _wp_args->base_color;
    wp::float32 var_fog_density = _wp_args->fog_density;
    wp::array_t<wp::vec_t<3, wp::float32>> var_result = _wp_args->result;
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
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    //---------
    // forward
    // def raymarch_image(                                                                    <L 40>
    // i, j = wp.tid()                                                                        <L 49>
    builtin_tid2d(var_0, var_1);
    // width = result.shape[0]                                                                <L 50>
    var_2 = &(var_result.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = result.shape[1]                                                               <L 51>
    var_6 = &(var_result.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // sx = (2.0 * (float(i) + 0.5) - float(width)) / float(height)                           <L 52>
    var_11 = wp::float(var_0);
    var_13 = wp::add(var_11, var_12);
    var_14 = wp::mul(var_10, var_13);
    var_15 = wp::float(var_4);
    var_16 = wp::sub(var_14, var_15);
    var_17 = wp::float(var_8);
    var_18 = wp::div(var_16, var_17);
    // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 53>
    var_20 = wp::float(var_1);
    var_22 = wp::add(var_20, var_21);
    var_23 = wp::mul(var_19, var_22);
    var_24 = wp::float(var_8);
    var_25 = wp::div(var_23, var_24);
    var_27 = wp::sub(var_25, var_26);
    // rd = wp.normalize(wp.quat_rotate(camera_rotation, wp.vec3(sx, sy, -2.0)))              <L 54>
    var_29 = wp::vec_t<3, wp::float32>(var_18, var_27, var_28);
    var_30 = wp::quat_rotate(var_camera_rotation, var_29);
    var_31 = wp::normalize(var_30);
    // travelled = float(0.0)                                                                 <L 55>
    var_33 = wp::float(var_32);
    // hit = bool(False)                                                                      <L 56>
    var_35 = bool(var_34);
    // for _step in range(MAX_STEPS):                                                         <L 57>
    var_37 = wp::range(var_36);
    start_for_0:;
        if (iter_cmp(var_37) == 0) goto end_for_0;
        var_38 = wp::iter_next(var_37);
        // step = scene_sdf(camera_position + rd * travelled)                                 <L 58>
        var_39 = wp::mul(var_31, var_33);
        var_40 = wp::add(var_camera_position, var_39);
        var_41 = scene_sdf_0(var_40);
        // hit = step < 1.0e-3                                                                <L 59>
        var_43 = (var_41 < var_42);
        // if hit or travelled > max_dist:                                                    <L 60>
        var_44 = var_43;
        if (!var_44) {
            var_45 = (var_33 > var_max_dist);
            var_44 = var_44 || var_45;
        }
        if (var_44) {
            // break                                                                          <L 61>
            wp::assign(var_35, var_43);
            goto end_for_0;
        }
        var_46 = wp::where(var_44, var_35, var_43);
        // travelled += step                                                                  <L 62>
        var_47 = wp::add(var_33, var_41);
        wp::assign(var_33, var_47);
        wp::assign(var_35, var_46);
        goto start_for_0;
    end_for_0:;
    // if hit:                                                                                <L 63>
    if (var_35) {
        // t = travelled                                                                      <L 64>
        var_48 = wp::copy(var_33);
        // p = camera_position + rd * t                                                       <L 65>
        var_49 = wp::mul(var_31, var_48);
        var_50 = wp::add(var_camera_position, var_49);
        // n = estimate_normal(p)                                                             <L 66>
        var_51 = estimate_normal_0(var_50);
        // shaded = fresnel_rim(base_color, n, rd, clear_color)                               <L 67>
        var_52 = fresnel_rim_0(var_base_color, var_51, var_31, var_clear_color);
        // fogged = distance_fog(shaded, clear_color, fog_density, t)                         <L 68>
        var_53 = distance_fog_0(var_52, var_clear_color, var_fog_density, var_48);
        // result[i, j] = fogged                                                              <L 69>
        wp::array_store(var_result, var_0, var_1, var_53);
    }
    if (!var_35) {
        // result[i, j] = clear_color                                                         <L 71>
        wp::array_store(var_result, var_0, var_1, var_clear_color);
    }
}



template <bool wp_linear_contiguous>
static void raymarch_image_b7bdc19b_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_raymarch_image_b7bdc19b *_wp_args,
    wp_args_raymarch_image_b7bdc19b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_camera_position = _wp_args->camera_position;
    wp::quat_t<wp::float32> var_camera_rotation = _wp_args->camera_rotation;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::vec_t<3, wp::float32> var_clear_color = _wp_args->clear_color;
    wp::vec_t<3, wp::float32> var_base_color = _wp_args->base_color;
    wp::float32 var_fog_density = _wp_args->fog_density;
    wp::array_t<wp::vec_t<3, wp::float32>> var_result = _wp_args->result;
    wp::vec_t<3, wp::float32> adj_camera_position = _wp_adj_args->camera_position;
    wp::quat_t<wp::float32> adj_camera_rotation = _wp_adj_args->camera_rotation;
    wp::float32 adj_max_dist = _wp_adj_args->max_dist;
    wp::vec_t<3, wp::float32> adj_clear_color = _wp_adj_args->clear_color;
    wp::vec_t<3, wp::float32> adj_base_color = _wp_adj_args->base_color;
    wp::float32 adj_fog_density = _wp_adj_args->fog_density;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_result = _wp_adj_args->result;
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
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
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
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    //---------
    // forward
    // def raymarch_image(                                                                    <L 40>
    // i, j = wp.tid()                                                                        <L 49>
    builtin_tid2d(var_0, var_1);
    // width = result.shape[0]                                                                <L 50>
    var_2 = &(var_result.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = result.shape[1]                                                               <L 51>
    var_6 = &(var_result.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // sx = (2.0 * (float(i) + 0.5) - float(width)) / float(height)                           <L 52>
    var_11 = wp::float(var_0);
    var_13 = wp::add(var_11, var_12);
    var_14 = wp::mul(var_10, var_13);
    var_15 = wp::float(var_4);
    var_16 = wp::sub(var_14, var_15);
    var_17 = wp::float(var_8);
    var_18 = wp::div(var_16, var_17);
    // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 53>
    var_20 = wp::float(var_1);
    var_22 = wp::add(var_20, var_21);
    var_23 = wp::mul(var_19, var_22);
    var_24 = wp::float(var_8);
    var_25 = wp::div(var_23, var_24);
    var_27 = wp::sub(var_25, var_26);
    // rd = wp.normalize(wp.quat_rotate(camera_rotation, wp.vec3(sx, sy, -2.0)))              <L 54>
    var_29 = wp::vec_t<3, wp::float32>(var_18, var_27, var_28);
    var_30 = wp::quat_rotate(var_camera_rotation, var_29);
    var_31 = wp::normalize(var_30);
    // travelled = float(0.0)                                                                 <L 55>
    var_33 = wp::float(var_32);
    // hit = bool(False)                                                                      <L 56>
    var_35 = bool(var_34);
    // for _step in range(MAX_STEPS):                                                         <L 57>
    var_37 = wp::range(var_36);
    // if hit:                                                                                <L 63>
    if (var_35) {
        // t = travelled                                                                      <L 64>
        var_48 = wp::copy(var_33);
        // p = camera_position + rd * t                                                       <L 65>
        var_49 = wp::mul(var_31, var_48);
        var_50 = wp::add(var_camera_position, var_49);
        // n = estimate_normal(p)                                                             <L 66>
        var_51 = estimate_normal_0(var_50);
        // shaded = fresnel_rim(base_color, n, rd, clear_color)                               <L 67>
        var_52 = fresnel_rim_0(var_base_color, var_51, var_31, var_clear_color);
        // fogged = distance_fog(shaded, clear_color, fog_density, t)                         <L 68>
        var_53 = distance_fog_0(var_52, var_clear_color, var_fog_density, var_48);
        // result[i, j] = fogged                                                              <L 69>
        // wp::array_store(var_result, var_0, var_1, var_53);
    }
    if (!var_35) {
        // result[i, j] = clear_color                                                         <L 71>
        // wp::array_store(var_result, var_0, var_1, var_clear_color);
    }
    //---------
    // reverse
    if (!var_35) {
        wp::adj_array_store(var_result, var_0, var_1, var_clear_color, adj_result, adj_0, adj_1, adj_clear_color);
        // adj: result[i, j] = clear_color                                                    <L 71>
    }
    if (var_35) {
        wp::adj_array_store(var_result, var_0, var_1, var_53, adj_result, adj_0, adj_1, adj_53);
        // adj: result[i, j] = fogged                                                         <L 69>
        adj_distance_fog_0(var_52, var_clear_color, var_fog_density, var_48, adj_52, adj_clear_color, adj_fog_density, adj_48, adj_53);
        // adj: fogged = distance_fog(shaded, clear_color, fog_density, t)                    <L 68>
        adj_fresnel_rim_0(var_base_color, var_51, var_31, var_clear_color, adj_base_color, adj_51, adj_31, adj_clear_color, adj_52);
        // adj: shaded = fresnel_rim(base_color, n, rd, clear_color)                          <L 67>
        adj_estimate_normal_0(var_50, adj_50, adj_51);
        // adj: n = estimate_normal(p)                                                        <L 66>
        wp::adj_add(var_camera_position, var_49, adj_camera_position, adj_49, adj_50);
        wp::adj_mul(var_31, var_48, adj_31, adj_48, adj_49);
        // adj: p = camera_position + rd * t                                                  <L 65>
        wp::adj_copy(var_33, adj_33, adj_48);
        // adj: t = travelled                                                                 <L 64>
    }
    // adj: if hit:                                                                           <L 63>
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
        // step = scene_sdf(camera_position + rd * travelled)                                 <L 58>
        var_39 = wp::mul(var_31, var_33);
        var_40 = wp::add(var_camera_position, var_39);
        var_41 = scene_sdf_0(var_40);
        // hit = step < 1.0e-3                                                                <L 59>
        var_43 = (var_41 < var_42);
        // if hit or travelled > max_dist:                                                    <L 60>
        var_44 = var_43;
        if (!var_44) {
            var_45 = (var_33 > var_max_dist);
            var_44 = var_44 || var_45;
        }
        if (var_44) {
            // break                                                                          <L 61>
            wp::assign(var_35, var_43);
            goto end_for_0;
        }
        var_46 = wp::where(var_44, var_35, var_43);
        // travelled += step                                                                  <L 62>
        var_47 = wp::add(var_33, var_41);
        wp::assign(var_33, var_47);
        wp::assign(var_35, var_46);
        wp::adj_assign(var_35, var_46, adj_35, adj_46);
        wp::adj_assign(var_33, var_47, adj_33, adj_47);
        wp::adj_add(var_33, var_41, adj_33, adj_41, adj_47);
        // adj: travelled += step                                                             <L 62>
        wp::adj_where(var_44, var_35, var_43, adj_44, adj_35, adj_43, adj_46);
        if (var_44) {
            wp::adj_assign(var_35, var_43, adj_35, adj_43);
            // adj: break                                                                     <L 61>
        }
        if (!var_44) {
        }
        // adj: if hit or travelled > max_dist:                                               <L 60>
        // adj: hit = step < 1.0e-3                                                           <L 59>
        adj_scene_sdf_0(var_40, adj_40, adj_41);
        wp::adj_add(var_camera_position, var_39, adj_camera_position, adj_39, adj_40);
        wp::adj_mul(var_31, var_33, adj_31, adj_33, adj_39);
        // adj: step = scene_sdf(camera_position + rd * travelled)                            <L 58>
    	goto start_for_0;
    end_for_0:;
    // adj: for _step in range(MAX_STEPS):                                                    <L 57>
    // adj: hit = bool(False)                                                                 <L 56>
    wp::adj_float(var_32, adj_32, adj_33);
    // adj: travelled = float(0.0)                                                            <L 55>
    wp::adj_normalize(var_30, var_31, adj_30, adj_31);
    wp::adj_quat_rotate(var_camera_rotation, var_29, adj_camera_rotation, adj_29, adj_30);
    wp::adj_vec_t(var_18, var_27, var_28, adj_18, adj_27, adj_28, adj_29);
    // adj: rd = wp.normalize(wp.quat_rotate(camera_rotation, wp.vec3(sx, sy, -2.0)))         <L 54>
    wp::adj_sub(var_25, var_26, adj_25, adj_26, adj_27);
    wp::adj_div(var_23, var_24, var_25, adj_23, adj_24, adj_25);
    wp::adj_float(var_8, adj_8, adj_24);
    wp::adj_mul(var_19, var_22, adj_19, adj_22, adj_23);
    wp::adj_add(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_float(var_1, adj_1, adj_20);
    // adj: sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                 <L 53>
    wp::adj_div(var_16, var_17, var_18, adj_16, adj_17, adj_18);
    wp::adj_float(var_8, adj_8, adj_17);
    wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_float(var_4, adj_4, adj_15);
    wp::adj_mul(var_10, var_13, adj_10, adj_13, adj_14);
    wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_float(var_0, adj_0, adj_11);
    // adj: sx = (2.0 * (float(i) + 0.5) - float(width)) / float(height)                      <L 52>
    adj_result.shape = adj_6;
    // adj: height = result.shape[1]                                                          <L 51>
    adj_result.shape = adj_2;
    // adj: width = result.shape[0]                                                           <L 50>
    // adj: i, j = wp.tid()                                                                   <L 49>
    // adj: def raymarch_image(                                                               <L 40>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void raymarch_image_b7bdc19b_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_raymarch_image_b7bdc19b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        raymarch_image_b7bdc19b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void raymarch_image_b7bdc19b_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_raymarch_image_b7bdc19b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    raymarch_image_b7bdc19b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void raymarch_image_b7bdc19b_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_raymarch_image_b7bdc19b *_wp_args)
{
    raymarch_image_b7bdc19b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void raymarch_image_b7bdc19b_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_raymarch_image_b7bdc19b *_wp_args,
    wp_args_raymarch_image_b7bdc19b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        raymarch_image_b7bdc19b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void raymarch_image_b7bdc19b_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_raymarch_image_b7bdc19b *_wp_args,
    wp_args_raymarch_image_b7bdc19b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    raymarch_image_b7bdc19b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void raymarch_image_b7bdc19b_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_raymarch_image_b7bdc19b *_wp_args,
    wp_args_raymarch_image_b7bdc19b *_wp_adj_args)
{
    raymarch_image_b7bdc19b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

