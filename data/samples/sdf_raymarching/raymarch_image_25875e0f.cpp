// Warp 1.19.0 cpu code for raymarch_image_25875e0f.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// raymarch_image.py:7
static wp::float32 scene_sdf_0(
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
    // def scene_sdf(p: wp.vec3):                                                             <L 8>
    // q = wp.vec2(wp.length(wp.vec2(p[0], p[2])) - 1.0, p[1])                                <L 10>
    var_1 = wp::extract(var_p, var_0);
    var_3 = wp::extract(var_p, var_2);
    var_4 = wp::vec_t<2, wp::float32>(var_1, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::sub(var_5, var_6);
    var_9 = wp::extract(var_p, var_8);
    var_10 = wp::vec_t<2, wp::float32>(var_7, var_9);
    // return wp.length(q) - 0.3                                                              <L 11>
    var_11 = wp::length(var_10);
    var_13 = wp::sub(var_11, var_12);
    return var_13;
}


// raymarch_image.py:14
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


// raymarch_image.py:7
static void adj_scene_sdf_0(
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
    // def scene_sdf(p: wp.vec3):                                                             <L 8>
    // q = wp.vec2(wp.length(wp.vec2(p[0], p[2])) - 1.0, p[1])                                <L 10>
    var_1 = wp::extract(var_p, var_0);
    var_3 = wp::extract(var_p, var_2);
    var_4 = wp::vec_t<2, wp::float32>(var_1, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::sub(var_5, var_6);
    var_9 = wp::extract(var_p, var_8);
    var_10 = wp::vec_t<2, wp::float32>(var_7, var_9);
    // return wp.length(q) - 0.3                                                              <L 11>
    var_11 = wp::length(var_10);
    var_13 = wp::sub(var_11, var_12);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_13 += adj_ret;
    wp::adj_sub(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_length(var_10, var_11, adj_10, adj_11);
    // adj: return wp.length(q) - 0.3                                                         <L 11>
    wp::adj_vec_t(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_extract(var_p, var_8, adj_p, adj_8, adj_9);
    wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_length(var_4, var_5, adj_4, adj_5);
    wp::adj_vec_t(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_p, var_2, adj_p, adj_2, adj_3);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: q = wp.vec2(wp.length(wp.vec2(p[0], p[2])) - 1.0, p[1])                           <L 10>
    // adj: def scene_sdf(p: wp.vec3):                                                        <L 8>
    return;
}


// raymarch_image.py:14
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

struct wp_args_raymarch_image_9b5b3179 {
    wp::array_t<wp::vec_t<3, wp::float32>> result;
    wp::vec_t<3, wp::float32> cam_pos;
    wp::vec_t<3, wp::float32> cam_target;
    wp::vec_t<3, wp::float32> background;
    wp::vec_t<3, wp::float32> material_color;
    wp::float32 fog_density;
};


template <bool wp_linear_contiguous>
static void raymarch_image_9b5b3179_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_raymarch_image_9b5b3179 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_result = _wp_args->result;
    wp::vec_t<3, wp::float32> var_cam_pos = _wp_args->cam_pos;
    wp::vec_t<3, wp::float32> var_cam_target = _wp_args->cam_target;
    wp::vec_t<3, wp::float32> var_background = _wp_args->background;
    wp::vec_t<3, wp::float32> var_material_color = _wp_args->material_color;
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
    const wp::float32 var_45 = 1.0;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    const wp::float32 var_51 = 0.0;
    wp::float32 var_52;
    const wp::float32 var_53 = 1.0;
    wp::float32 var_54;
    const wp::int32 var_55 = 64;
    wp::range_t var_56;
    wp::int32 var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::float32 var_60;
    bool var_61;
    const wp::float32 var_62 = 0.001;
    bool var_63;
    const wp::float32 var_64 = 100.0;
    bool var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    const wp::float32 var_68 = 0.001;
    bool var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    const wp::float32 var_75 = 0.0;
    const wp::float32 var_76 = 1.0;
    wp::float32 var_77;
    const wp::float32 var_78 = 0.04;
    const wp::float32 var_79 = 0.96;
    const wp::float32 var_80 = 1.0;
    wp::float32 var_81;
    const wp::float32 var_82 = 5.0;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::vec_t<3, wp::float32> var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::vec_t<3, wp::float32> var_91;
    //---------
    // forward
    // def raymarch_image(                                                                    <L 25>
    // i, j = wp.tid()                                                                        <L 33>
    builtin_tid2d(var_0, var_1);
    // width = result.shape[0]                                                                <L 34>
    var_2 = &(var_result.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = result.shape[1]                                                               <L 35>
    var_6 = &(var_result.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)       <L 38>
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
    // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 39>
    var_24 = wp::float(var_1);
    var_26 = wp::add(var_24, var_25);
    var_27 = wp::mul(var_23, var_26);
    var_28 = wp::float(var_8);
    var_29 = wp::div(var_27, var_28);
    var_31 = wp::sub(var_29, var_30);
    // fwd = wp.normalize(cam_target - cam_pos)                                               <L 40>
    var_32 = wp::sub(var_cam_target, var_cam_pos);
    var_33 = wp::normalize(var_32);
    // right = wp.normalize(wp.cross(fwd, wp.vec3(0.0, 1.0, 0.0)))                            <L 41>
    var_37 = wp::vec_t<3, wp::float32>(var_34, var_35, var_36);
    var_38 = wp::cross(var_33, var_37);
    var_39 = wp::normalize(var_38);
    // cam_up = wp.cross(right, fwd)                                                          <L 42>
    var_40 = wp::cross(var_39, var_33);
    // rd = wp.normalize(fwd + (right * sx + cam_up * sy) * wp.tan(0.5 * 1.0))                <L 43>
    var_41 = wp::mul(var_39, var_22);
    var_42 = wp::mul(var_40, var_31);
    var_43 = wp::add(var_41, var_42);
    var_46 = wp::mul(var_44, var_45);
    var_47 = wp::tan(var_46);
    var_48 = wp::mul(var_43, var_47);
    var_49 = wp::add(var_33, var_48);
    var_50 = wp::normalize(var_49);
    // t = float(0.0)                                                                         <L 44>
    var_52 = wp::float(var_51);
    // d = float(1.0)                                                                         <L 45>
    var_54 = wp::float(var_53);
    // for _step in range(MAX_STEPS):                                                         <L 46>
    var_56 = wp::range(var_55);
    start_for_0:;
        if (iter_cmp(var_56) == 0) goto end_for_0;
        var_57 = wp::iter_next(var_56);
        // d = scene_sdf(cam_pos + rd * t)                                                    <L 47>
        var_58 = wp::mul(var_50, var_52);
        var_59 = wp::add(var_cam_pos, var_58);
        var_60 = scene_sdf_0(var_59);
        // if d < 1.0e-3 or t > 100.0:                                                        <L 48>
        var_63 = (var_60 < var_62);
        var_61 = var_63;
        if (!var_61) {
            var_65 = (var_52 > var_64);
            var_61 = var_61 || var_65;
        }
        if (var_61) {
            // break                                                                          <L 49>
            wp::assign(var_54, var_60);
            goto end_for_0;
        }
        var_66 = wp::where(var_61, var_54, var_60);
        // t += d                                                                             <L 50>
        var_67 = wp::add(var_52, var_66);
        wp::assign(var_52, var_67);
        wp::assign(var_54, var_66);
        goto start_for_0;
    end_for_0:;
    // if d < 1.0e-3:                                                                         <L 51>
    var_69 = (var_54 < var_68);
    if (var_69) {
        // p = cam_pos + rd * t                                                               <L 52>
        var_70 = wp::mul(var_50, var_52);
        var_71 = wp::add(var_cam_pos, var_70);
        // n = estimate_normal(p)                                                             <L 53>
        var_72 = estimate_normal_0(var_71);
        // cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)                                     <L 54>
        var_73 = wp::dot(var_72, var_50);
        var_74 = wp::neg(var_73);
        var_77 = wp::clamp(var_74, var_75, var_76);
        // fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)                               <L 55>
        var_81 = wp::sub(var_80, var_77);
        var_83 = wp::pow(var_81, var_82);
        var_84 = wp::mul(var_79, var_83);
        var_85 = wp::add(var_78, var_84);
        // lit = wp.lerp(material_color * cos_theta, background, fresnel)                     <L 56>
        var_86 = wp::mul(var_material_color, var_77);
        var_87 = wp::lerp(var_86, var_background, var_85);
        // fogged = wp.lerp(background, lit, wp.exp(-fog_density * t))                        <L 59>
        var_88 = wp::neg(var_fog_density);
        var_89 = wp::mul(var_88, var_52);
        var_90 = wp::exp(var_89);
        var_91 = wp::lerp(var_background, var_87, var_90);
        // result[i, j] = fogged                                                              <L 60>
        wp::array_store(var_result, var_0, var_1, var_91);
    }
    if (!var_69) {
        // result[i, j] = background                                                          <L 62>
        wp::array_store(var_result, var_0, var_1, var_background);
    }
}



template <bool wp_linear_contiguous>
static void raymarch_image_9b5b3179_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_raymarch_image_9b5b3179 *_wp_args,
    wp_args_raymarch_image_9b5b3179 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_result = _wp_args->result;
    wp::vec_t<3, wp::float32> var_cam_pos = _wp_args->cam_pos;
    wp::vec_t<3, wp::float32> var_cam_target = _wp_args->cam_target;
    wp::vec_t<3, wp::float32> var_background = _wp_args->background;
    wp::vec_t<3, wp::float32> var_material_color = _wp_args->material_color;
    wp::float32 var_fog_density = _wp_args->fog_density;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_result = _wp_adj_args->result;
    wp::vec_t<3, wp::float32> adj_cam_pos = _wp_adj_args->cam_pos;
    wp::vec_t<3, wp::float32> adj_cam_target = _wp_adj_args->cam_target;
    wp::vec_t<3, wp::float32> adj_background = _wp_adj_args->background;
    wp::vec_t<3, wp::float32> adj_material_color = _wp_adj_args->material_color;
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
    const wp::float32 var_45 = 1.0;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    const wp::float32 var_51 = 0.0;
    wp::float32 var_52;
    const wp::float32 var_53 = 1.0;
    wp::float32 var_54;
    const wp::int32 var_55 = 64;
    wp::range_t var_56;
    wp::int32 var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::float32 var_60;
    bool var_61;
    const wp::float32 var_62 = 0.001;
    bool var_63;
    const wp::float32 var_64 = 100.0;
    bool var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    const wp::float32 var_68 = 0.001;
    bool var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    const wp::float32 var_75 = 0.0;
    const wp::float32 var_76 = 1.0;
    wp::float32 var_77;
    const wp::float32 var_78 = 0.04;
    const wp::float32 var_79 = 0.96;
    const wp::float32 var_80 = 1.0;
    wp::float32 var_81;
    const wp::float32 var_82 = 5.0;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::vec_t<3, wp::float32> var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::vec_t<3, wp::float32> var_91;
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
    wp::float32 adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::range_t adj_56 = {};
    wp::int32 adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::vec_t<3, wp::float32> adj_59 = {};
    wp::float32 adj_60 = {};
    bool adj_61 = {};
    wp::float32 adj_62 = {};
    bool adj_63 = {};
    wp::float32 adj_64 = {};
    bool adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    bool adj_69 = {};
    wp::vec_t<3, wp::float32> adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
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
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::vec_t<3, wp::float32> adj_86 = {};
    wp::vec_t<3, wp::float32> adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::vec_t<3, wp::float32> adj_91 = {};
    //---------
    // forward
    // def raymarch_image(                                                                    <L 25>
    // i, j = wp.tid()                                                                        <L 33>
    builtin_tid2d(var_0, var_1);
    // width = result.shape[0]                                                                <L 34>
    var_2 = &(var_result.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = result.shape[1]                                                               <L 35>
    var_6 = &(var_result.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)       <L 38>
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
    // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 39>
    var_24 = wp::float(var_1);
    var_26 = wp::add(var_24, var_25);
    var_27 = wp::mul(var_23, var_26);
    var_28 = wp::float(var_8);
    var_29 = wp::div(var_27, var_28);
    var_31 = wp::sub(var_29, var_30);
    // fwd = wp.normalize(cam_target - cam_pos)                                               <L 40>
    var_32 = wp::sub(var_cam_target, var_cam_pos);
    var_33 = wp::normalize(var_32);
    // right = wp.normalize(wp.cross(fwd, wp.vec3(0.0, 1.0, 0.0)))                            <L 41>
    var_37 = wp::vec_t<3, wp::float32>(var_34, var_35, var_36);
    var_38 = wp::cross(var_33, var_37);
    var_39 = wp::normalize(var_38);
    // cam_up = wp.cross(right, fwd)                                                          <L 42>
    var_40 = wp::cross(var_39, var_33);
    // rd = wp.normalize(fwd + (right * sx + cam_up * sy) * wp.tan(0.5 * 1.0))                <L 43>
    var_41 = wp::mul(var_39, var_22);
    var_42 = wp::mul(var_40, var_31);
    var_43 = wp::add(var_41, var_42);
    var_46 = wp::mul(var_44, var_45);
    var_47 = wp::tan(var_46);
    var_48 = wp::mul(var_43, var_47);
    var_49 = wp::add(var_33, var_48);
    var_50 = wp::normalize(var_49);
    // t = float(0.0)                                                                         <L 44>
    var_52 = wp::float(var_51);
    // d = float(1.0)                                                                         <L 45>
    var_54 = wp::float(var_53);
    // for _step in range(MAX_STEPS):                                                         <L 46>
    var_56 = wp::range(var_55);
    // if d < 1.0e-3:                                                                         <L 51>
    var_69 = (var_54 < var_68);
    if (var_69) {
        // p = cam_pos + rd * t                                                               <L 52>
        var_70 = wp::mul(var_50, var_52);
        var_71 = wp::add(var_cam_pos, var_70);
        // n = estimate_normal(p)                                                             <L 53>
        var_72 = estimate_normal_0(var_71);
        // cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)                                     <L 54>
        var_73 = wp::dot(var_72, var_50);
        var_74 = wp::neg(var_73);
        var_77 = wp::clamp(var_74, var_75, var_76);
        // fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)                               <L 55>
        var_81 = wp::sub(var_80, var_77);
        var_83 = wp::pow(var_81, var_82);
        var_84 = wp::mul(var_79, var_83);
        var_85 = wp::add(var_78, var_84);
        // lit = wp.lerp(material_color * cos_theta, background, fresnel)                     <L 56>
        var_86 = wp::mul(var_material_color, var_77);
        var_87 = wp::lerp(var_86, var_background, var_85);
        // fogged = wp.lerp(background, lit, wp.exp(-fog_density * t))                        <L 59>
        var_88 = wp::neg(var_fog_density);
        var_89 = wp::mul(var_88, var_52);
        var_90 = wp::exp(var_89);
        var_91 = wp::lerp(var_background, var_87, var_90);
        // result[i, j] = fogged                                                              <L 60>
        // wp::array_store(var_result, var_0, var_1, var_91);
    }
    if (!var_69) {
        // result[i, j] = background                                                          <L 62>
        // wp::array_store(var_result, var_0, var_1, var_background);
    }
    //---------
    // reverse
    if (!var_69) {
        wp::adj_array_store(var_result, var_0, var_1, var_background, adj_result, adj_0, adj_1, adj_background);
        // adj: result[i, j] = background                                                     <L 62>
    }
    if (var_69) {
        wp::adj_array_store(var_result, var_0, var_1, var_91, adj_result, adj_0, adj_1, adj_91);
        // adj: result[i, j] = fogged                                                         <L 60>
        wp::adj_lerp(var_background, var_87, var_90, adj_background, adj_87, adj_90, adj_91);
        wp::adj_exp(var_89, var_90, adj_89, adj_90);
        wp::adj_mul(var_88, var_52, adj_88, adj_52, adj_89);
        wp::adj_neg(var_fog_density, adj_fog_density, adj_88);
        // adj: fogged = wp.lerp(background, lit, wp.exp(-fog_density * t))                   <L 59>
        wp::adj_lerp(var_86, var_background, var_85, adj_86, adj_background, adj_85, adj_87);
        wp::adj_mul(var_material_color, var_77, adj_material_color, adj_77, adj_86);
        // adj: lit = wp.lerp(material_color * cos_theta, background, fresnel)                <L 56>
        wp::adj_add(var_78, var_84, adj_78, adj_84, adj_85);
        wp::adj_mul(var_79, var_83, adj_79, adj_83, adj_84);
        wp::adj_pow(var_81, var_82, var_83, adj_81, adj_82, adj_83);
        wp::adj_sub(var_80, var_77, adj_80, adj_77, adj_81);
        // adj: fresnel = 0.04 + 0.96 * wp.pow(1.0 - cos_theta, 5.0)                          <L 55>
        wp::adj_clamp(var_74, var_75, var_76, adj_74, adj_75, adj_76, adj_77);
        wp::adj_neg(var_73, adj_73, adj_74);
        wp::adj_dot(var_72, var_50, adj_72, adj_50, adj_73);
        // adj: cos_theta = wp.clamp(-wp.dot(n, rd), 0.0, 1.0)                                <L 54>
        adj_estimate_normal_0(var_71, adj_71, adj_72);
        // adj: n = estimate_normal(p)                                                        <L 53>
        wp::adj_add(var_cam_pos, var_70, adj_cam_pos, adj_70, adj_71);
        wp::adj_mul(var_50, var_52, adj_50, adj_52, adj_70);
        // adj: p = cam_pos + rd * t                                                          <L 52>
    }
    // adj: if d < 1.0e-3:                                                                    <L 51>
    var_56 = wp::iter_reverse(var_56);
    start_for_0:;
        if (iter_cmp(var_56) == 0) goto end_for_0;
        var_57 = wp::iter_next(var_56);
    	adj_58 = {};
    	adj_59 = {};
    	adj_60 = {};
    	adj_61 = {};
    	adj_62 = {};
    	adj_63 = {};
    	adj_64 = {};
    	adj_65 = {};
    	adj_66 = {};
    	adj_67 = {};
        // d = scene_sdf(cam_pos + rd * t)                                                    <L 47>
        var_58 = wp::mul(var_50, var_52);
        var_59 = wp::add(var_cam_pos, var_58);
        var_60 = scene_sdf_0(var_59);
        // if d < 1.0e-3 or t > 100.0:                                                        <L 48>
        var_63 = (var_60 < var_62);
        var_61 = var_63;
        if (!var_61) {
            var_65 = (var_52 > var_64);
            var_61 = var_61 || var_65;
        }
        if (var_61) {
            // break                                                                          <L 49>
            wp::assign(var_54, var_60);
            goto end_for_0;
        }
        var_66 = wp::where(var_61, var_54, var_60);
        // t += d                                                                             <L 50>
        var_67 = wp::add(var_52, var_66);
        wp::assign(var_52, var_67);
        wp::assign(var_54, var_66);
        wp::adj_assign(var_54, var_66, adj_54, adj_66);
        wp::adj_assign(var_52, var_67, adj_52, adj_67);
        wp::adj_add(var_52, var_66, adj_52, adj_66, adj_67);
        // adj: t += d                                                                        <L 50>
        wp::adj_where(var_61, var_54, var_60, adj_61, adj_54, adj_60, adj_66);
        if (var_61) {
            wp::adj_assign(var_54, var_60, adj_54, adj_60);
            // adj: break                                                                     <L 49>
        }
        if (!var_61) {
        }
        // adj: if d < 1.0e-3 or t > 100.0:                                                   <L 48>
        adj_scene_sdf_0(var_59, adj_59, adj_60);
        wp::adj_add(var_cam_pos, var_58, adj_cam_pos, adj_58, adj_59);
        wp::adj_mul(var_50, var_52, adj_50, adj_52, adj_58);
        // adj: d = scene_sdf(cam_pos + rd * t)                                               <L 47>
    	goto start_for_0;
    end_for_0:;
    // adj: for _step in range(MAX_STEPS):                                                    <L 46>
    wp::adj_float(var_53, adj_53, adj_54);
    // adj: d = float(1.0)                                                                    <L 45>
    wp::adj_float(var_51, adj_51, adj_52);
    // adj: t = float(0.0)                                                                    <L 44>
    wp::adj_normalize(var_49, var_50, adj_49, adj_50);
    wp::adj_add(var_33, var_48, adj_33, adj_48, adj_49);
    wp::adj_mul(var_43, var_47, adj_43, adj_47, adj_48);
    wp::adj_tan(var_46, adj_46, adj_47);
    wp::adj_mul(var_44, var_45, adj_44, adj_45, adj_46);
    wp::adj_add(var_41, var_42, adj_41, adj_42, adj_43);
    wp::adj_mul(var_40, var_31, adj_40, adj_31, adj_42);
    wp::adj_mul(var_39, var_22, adj_39, adj_22, adj_41);
    // adj: rd = wp.normalize(fwd + (right * sx + cam_up * sy) * wp.tan(0.5 * 1.0))           <L 43>
    wp::adj_cross(var_39, var_33, adj_39, adj_33, adj_40);
    // adj: cam_up = wp.cross(right, fwd)                                                     <L 42>
    wp::adj_normalize(var_38, var_39, adj_38, adj_39);
    wp::adj_cross(var_33, var_37, adj_33, adj_37, adj_38);
    wp::adj_vec_t(var_34, var_35, var_36, adj_34, adj_35, adj_36, adj_37);
    // adj: right = wp.normalize(wp.cross(fwd, wp.vec3(0.0, 1.0, 0.0)))                       <L 41>
    wp::adj_normalize(var_32, var_33, adj_32, adj_33);
    wp::adj_sub(var_cam_target, var_cam_pos, adj_cam_target, adj_cam_pos, adj_32);
    // adj: fwd = wp.normalize(cam_target - cam_pos)                                          <L 40>
    wp::adj_sub(var_29, var_30, adj_29, adj_30, adj_31);
    wp::adj_div(var_27, var_28, var_29, adj_27, adj_28, adj_29);
    wp::adj_float(var_8, adj_8, adj_28);
    wp::adj_mul(var_23, var_26, adj_23, adj_26, adj_27);
    wp::adj_add(var_24, var_25, adj_24, adj_25, adj_26);
    wp::adj_float(var_1, adj_1, adj_24);
    // adj: sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                 <L 39>
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
    // adj: sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)  <L 38>
    adj_result.shape = adj_6;
    // adj: height = result.shape[1]                                                          <L 35>
    adj_result.shape = adj_2;
    // adj: width = result.shape[0]                                                           <L 34>
    // adj: i, j = wp.tid()                                                                   <L 33>
    // adj: def raymarch_image(                                                               <L 25>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void raymarch_image_9b5b3179_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_raymarch_image_9b5b3179 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        raymarch_image_9b5b3179_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void raymarch_image_9b5b3179_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_raymarch_image_9b5b3179 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    raymarch_image_9b5b3179_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void raymarch_image_9b5b3179_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_raymarch_image_9b5b3179 *_wp_args)
{
    raymarch_image_9b5b3179_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void raymarch_image_9b5b3179_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_raymarch_image_9b5b3179 *_wp_args,
    wp_args_raymarch_image_9b5b3179 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        raymarch_image_9b5b3179_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void raymarch_image_9b5b3179_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_raymarch_image_9b5b3179 *_wp_args,
    wp_args_raymarch_image_9b5b3179 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    raymarch_image_9b5b3179_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void raymarch_image_9b5b3179_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_raymarch_image_9b5b3179 *_wp_args,
    wp_args_raymarch_image_9b5b3179 *_wp_adj_args)
{
    raymarch_image_9b5b3179_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

