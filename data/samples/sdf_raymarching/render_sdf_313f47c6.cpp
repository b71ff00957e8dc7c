// Warp 1.19.0 cpu code for render_sdf_313f47c6.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

// render_sdf.py:4
static wp::float32 scene_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def scene_sdf(p: wp.vec3, radius: float) -> float:                                     <L 5>
    // sphere = wp.length(p) - radius                                                         <L 6>
    var_0 = wp::length(var_p);
    var_1 = wp::sub(var_0, var_radius);
    // ground = p[1] + 1.0                                                                    <L 7>
    var_3 = wp::extract(var_p, var_2);
    var_5 = wp::add(var_3, var_4);
    // return wp.min(sphere, ground)                                                          <L 8>
    var_6 = wp::min(var_1, var_5);
    return var_6;
}


// render_sdf.py:4
static void adj_scene_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_radius,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def scene_sdf(p: wp.vec3, radius: float) -> float:                                     <L 5>
    // sphere = wp.length(p) - radius                                                         <L 6>
    var_0 = wp::length(var_p);
    var_1 = wp::sub(var_0, var_radius);
    // ground = p[1] + 1.0                                                                    <L 7>
    var_3 = wp::extract(var_p, var_2);
    var_5 = wp::add(var_3, var_4);
    // return wp.min(sphere, ground)                                                          <L 8>
    var_6 = wp::min(var_1, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_min(var_1, var_5, adj_1, adj_5, adj_6);
    // adj: return wp.min(sphere, ground)                                                     <L 8>
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_extract(var_p, var_2, adj_p, adj_2, adj_3);
    // adj: ground = p[1] + 1.0                                                               <L 7>
    wp::adj_sub(var_0, var_radius, adj_0, adj_radius, adj_1);
    wp::adj_length(var_p, var_0, adj_p, adj_0);
    // adj: sphere = wp.length(p) - radius                                                    <L 6>
    // adj: def scene_sdf(p: wp.vec3, radius: float) -> float:                                <L 5>
    return;
}

struct wp_args_render_sdf_37bde1f7 {
    wp::vec_t<3, wp::float32> cam_pos;
    wp::float32 radius;
    wp::array_t<wp::float32> depth;
};


template <bool wp_linear_contiguous>
static void render_sdf_37bde1f7_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_render_sdf_37bde1f7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_cam_pos = _wp_args->cam_pos;
    wp::float32 var_radius = _wp_args->radius;
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
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 2.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 2.0;
    wp::float32 var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = -1.5;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 0.0;
    wp::float32 var_29;
    const wp::int32 var_30 = 0;
    wp::int32 var_31;
    const wp::int32 var_32 = 64;
    bool var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.001;
    bool var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    bool var_44;
    const wp::float32 var_45 = 0.0;
    wp::mat_t<2, 2, wp::float32> var_46;
    wp::int32 var_47;
    const wp::int32 var_48 = 16;
    wp::int32 var_49;
    wp::range_t var_50;
    wp::int32 var_51;
    wp::vec_t<3, wp::float32> var_52;
    const wp::int32 var_53 = 2;
    wp::mat_t<2, 2, wp::float32> var_54;
    wp::float32 var_55;
    wp::mat_t<2, 2, wp::float32> var_56;
    const wp::int32 var_57 = 2;
    wp::mat_t<2, 2, wp::float32> var_58;
    wp::float32 var_59;
    wp::mat_t<2, 2, wp::float32> var_60;
    wp::mat_t<2, 2, wp::float32> var_61;
    wp::mat_t<2, 2, wp::float32> var_62;
    const wp::int32 var_63 = 3;
    wp::mat_t<3, 3, wp::float32> var_64;
    wp::float32 var_65;
    wp::mat_t<3, 3, wp::float32> var_66;
    const wp::float32 var_67 = 2.0;
    const wp::float32 var_68 = 0.9;
    const wp::float32 var_69 = 1.5;
    wp::vec_t<3, wp::float32> var_70;
    wp::mat_t<3, 3, wp::float32> var_71;
    wp::mat_t<3, 3, wp::float32> var_72;
    wp::mat_t<3, 3, wp::float32> var_73;
    wp::float32 var_74;
    const wp::float32 var_75 = 0.0;
    wp::float32 var_76;
    const wp::int32 var_77 = 4;
    wp::range_t var_78;
    wp::int32 var_79;
    wp::mat_t<3, 3, wp::float32> var_80;
    wp::mat_t<3, 3, wp::float32> var_81;
    wp::mat_t<3, 3, wp::float32> var_82;
    wp::mat_t<3, 3, wp::float32> var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    bool var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    //---------
    // forward
    // def render_sdf(cam_pos: wp.vec3, radius: float, depth: wp.array2d(dtype=float)):       <L 12>
    // py, px = wp.tid()                                                                      <L 13>
    builtin_tid2d(var_0, var_1);
    // h = depth.shape[0]                                                                     <L 14>
    var_2 = &(var_depth.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // w = depth.shape[1]                                                                     <L 15>
    var_6 = &(var_depth.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // u = (float(px) / float(w)) * 2.0 - 1.0                                                 <L 16>
    var_10 = wp::float(var_1);
    var_11 = wp::float(var_8);
    var_12 = wp::div(var_10, var_11);
    var_14 = wp::mul(var_12, var_13);
    var_16 = wp::sub(var_14, var_15);
    // v = (float(py) / float(h)) * 2.0 - 1.0                                                 <L 17>
    var_17 = wp::float(var_0);
    var_18 = wp::float(var_4);
    var_19 = wp::div(var_17, var_18);
    var_21 = wp::mul(var_19, var_20);
    var_23 = wp::sub(var_21, var_22);
    // ro = cam_pos                                                                           <L 18>
    var_24 = wp::copy(var_cam_pos);
    // rd = wp.normalize(wp.vec3(u, v, -1.5))                                                 <L 19>
    var_26 = wp::vec_t<3, wp::float32>(var_16, var_23, var_25);
    var_27 = wp::normalize(var_26);
    // t = float(0.0)                                                                         <L 20>
    var_29 = wp::float(var_28);
    // steps = int(0)                                                                         <L 21>
    var_31 = wp::int(var_30);
    // while steps < 64:                                                                      <L 22>
    start_while_0:;
    var_33 = (var_31 < var_32);
    if ((var_33) == false) goto end_while_0;
        // d = scene_sdf(ro + rd * t, radius)                                                 <L 23>
        var_34 = wp::mul(var_27, var_29);
        var_35 = wp::add(var_24, var_34);
        var_36 = scene_sdf_0(var_35, var_radius);
        // if d < 1.0e-3:                                                                     <L 24>
        var_38 = (var_36 < var_37);
        if (var_38) {
            // break                                                                          <L 25>
            goto end_while_0;
        }
        // t += d                                                                             <L 26>
        var_39 = wp::add(var_29, var_36);
        // steps += 1                                                                         <L 27>
        var_41 = wp::add(var_31, var_40);
        wp::assign(var_29, var_39);
        wp::assign(var_31, var_41);
    goto start_while_0;
    end_while_0:;
    // dist = wp.length(ro - rd)                                                              <L 28>
    var_42 = wp::sub(var_24, var_27);
    var_43 = wp::length(var_42);
    // if dist > t:                                                                           <L 29>
    var_44 = (var_43 > var_29);
    if (var_44) {
        // total_2 = wp.mat22(0.0)                                                            <L 30>
        var_46 = wp::mat_t<2, 2, wp::float32>(var_45);
        // for k_2 in range(wp.min(wp.abs(py), 16)):                                          <L 31>
        var_47 = wp::abs(var_0);
        var_49 = wp::min(var_47, var_48);
        var_50 = wp::range(var_49);
        start_for_2:;
            if (iter_cmp(var_50) == 0) goto end_for_2;
            var_51 = wp::iter_next(var_50);
            // offset_2 = ro                                                                  <L 32>
            var_52 = wp::copy(var_24);
            // total_2 += wp.identity(n=2, dtype=float) * float(k_2) + wp.identity(n=2, dtype=float) * wp.length(offset_2)       <L 33>
            var_54 = wp::identity<2, wp::float32>();
            var_55 = wp::float(var_51);
            var_56 = wp::mul(var_54, var_55);
            var_58 = wp::identity<2, wp::float32>();
            var_59 = wp::length(var_52);
            var_60 = wp::mul(var_58, var_59);
            var_61 = wp::add(var_56, var_60);
            var_62 = wp::add(var_46, var_61);
            wp::assign(var_46, var_62);
            goto start_for_2;
        end_for_2:;
        // picked = wp.identity(n=3, dtype=float) * wp.trace(total_2)                         <L 34>
        var_64 = wp::identity<3, wp::float32>();
        var_65 = wp::trace(var_46);
        var_66 = wp::mul(var_64, var_65);
    }
    if (!var_44) {
        // rows_2 = wp.matrix_from_rows(rd, ro, wp.vec3(2.0, 0.9, 1.5))                       <L 36>
        var_70 = wp::vec_t<3, wp::float32>(var_67, var_68, var_69);
        var_71 = wp::matrix_from_rows<wp::float32>(var_27, var_24, var_70);
        // picked = rows_2                                                                    <L 37>
        var_72 = wp::copy(var_71);
    }
    var_73 = wp::where(var_44, var_66, var_72);
    // gain_2 = t                                                                             <L 38>
    var_74 = wp::copy(var_29);
    // found = float(0.0)                                                                     <L 39>
    var_76 = wp::float(var_75);
    // for step in range(4):                                                                  <L 40>
    var_78 = wp::range(var_77);
    start_for_4:;
        if (iter_cmp(var_78) == 0) goto end_for_4;
        var_79 = wp::iter_next(var_78);
        // q_factor = wp.mat33()                                                              <L 41>
        var_80 = wp::mat_t<3, 3, wp::float32>();
        // r_2 = wp.mat33()                                                                   <L 42>
        var_81 = wp::mat_t<3, 3, wp::float32>();
        // wp.qr3(wp.diag(ro), q_factor, r_2)                                                 <L 43>
        var_82 = wp::diag(var_24);
        wp::qr3(var_82, var_80, var_81);
        // r_factor = q_factor * r_2                                                          <L 44>
        var_83 = wp::mul(var_80, var_81);
        // found += wp.abs(float(step) + wp.determinant(r_factor))                            <L 45>
        var_84 = wp::float(var_79);
        var_85 = wp::determinant(var_83);
        var_86 = wp::add(var_84, var_85);
        var_87 = wp::abs(var_86);
        var_88 = wp::add(var_76, var_87);
        // if found > gain_2:                                                                 <L 46>
        var_89 = (var_88 > var_74);
        if (var_89) {
            // break                                                                          <L 47>
            wp::assign(var_76, var_88);
            goto end_for_4;
        }
        var_90 = wp::where(var_89, var_76, var_88);
        wp::assign(var_76, var_90);
        goto start_for_4;
    end_for_4:;
    // depth[py, px] = t + (wp.determinant(picked) + found)                                   <L 48>
    var_91 = wp::determinant(var_73);
    var_92 = wp::add(var_91, var_76);
    var_93 = wp::add(var_29, var_92);
    wp::array_store(var_depth, var_0, var_1, var_93);
}



template <bool wp_linear_contiguous>
static void render_sdf_37bde1f7_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_render_sdf_37bde1f7 *_wp_args,
    wp_args_render_sdf_37bde1f7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_cam_pos = _wp_args->cam_pos;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
    wp::vec_t<3, wp::float32> adj_cam_pos = _wp_adj_args->cam_pos;
    wp::float32 adj_radius = _wp_adj_args->radius;
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
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 2.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 2.0;
    wp::float32 var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = -1.5;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 0.0;
    wp::float32 var_29;
    const wp::int32 var_30 = 0;
    wp::int32 var_31;
    const wp::int32 var_32 = 64;
    bool var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.001;
    bool var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    bool var_44;
    const wp::float32 var_45 = 0.0;
    wp::mat_t<2, 2, wp::float32> var_46;
    wp::int32 var_47;
    const wp::int32 var_48 = 16;
    wp::int32 var_49;
    wp::range_t var_50;
    wp::int32 var_51;
    wp::vec_t<3, wp::float32> var_52;
    const wp::int32 var_53 = 2;
    wp::mat_t<2, 2, wp::float32> var_54;
    wp::float32 var_55;
    wp::mat_t<2, 2, wp::float32> var_56;
    const wp::int32 var_57 = 2;
    wp::mat_t<2, 2, wp::float32> var_58;
    wp::float32 var_59;
    wp::mat_t<2, 2, wp::float32> var_60;
    wp::mat_t<2, 2, wp::float32> var_61;
    wp::mat_t<2, 2, wp::float32> var_62;
    const wp::int32 var_63 = 3;
    wp::mat_t<3, 3, wp::float32> var_64;
    wp::float32 var_65;
    wp::mat_t<3, 3, wp::float32> var_66;
    const wp::float32 var_67 = 2.0;
    const wp::float32 var_68 = 0.9;
    const wp::float32 var_69 = 1.5;
    wp::vec_t<3, wp::float32> var_70;
    wp::mat_t<3, 3, wp::float32> var_71;
    wp::mat_t<3, 3, wp::float32> var_72;
    wp::mat_t<3, 3, wp::float32> var_73;
    wp::float32 var_74;
    const wp::float32 var_75 = 0.0;
    wp::float32 var_76;
    const wp::int32 var_77 = 4;
    wp::range_t var_78;
    wp::int32 var_79;
    wp::mat_t<3, 3, wp::float32> var_80;
    wp::mat_t<3, 3, wp::float32> var_81;
    wp::mat_t<3, 3, wp::float32> var_82;
    wp::mat_t<3, 3, wp::float32> var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    bool var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
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
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    bool adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    bool adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::float32 adj_43 = {};
    bool adj_44 = {};
    wp::float32 adj_45 = {};
    wp::mat_t<2, 2, wp::float32> adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::range_t adj_50 = {};
    wp::int32 adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::int32 adj_53 = {};
    wp::mat_t<2, 2, wp::float32> adj_54 = {};
    wp::float32 adj_55 = {};
    wp::mat_t<2, 2, wp::float32> adj_56 = {};
    wp::int32 adj_57 = {};
    wp::mat_t<2, 2, wp::float32> adj_58 = {};
    wp::float32 adj_59 = {};
    wp::mat_t<2, 2, wp::float32> adj_60 = {};
    wp::mat_t<2, 2, wp::float32> adj_61 = {};
    wp::mat_t<2, 2, wp::float32> adj_62 = {};
    wp::int32 adj_63 = {};
    wp::mat_t<3, 3, wp::float32> adj_64 = {};
    wp::float32 adj_65 = {};
    wp::mat_t<3, 3, wp::float32> adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::vec_t<3, wp::float32> adj_70 = {};
    wp::mat_t<3, 3, wp::float32> adj_71 = {};
    wp::mat_t<3, 3, wp::float32> adj_72 = {};
    wp::mat_t<3, 3, wp::float32> adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::range_t adj_78 = {};
    wp::int32 adj_79 = {};
    wp::mat_t<3, 3, wp::float32> adj_80 = {};
    wp::mat_t<3, 3, wp::float32> adj_81 = {};
    wp::mat_t<3, 3, wp::float32> adj_82 = {};
    wp::mat_t<3, 3, wp::float32> adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    bool adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    //---------
    // forward
    // def render_sdf(cam_pos: wp.vec3, radius: float, depth: wp.array2d(dtype=float)):       <L 12>
    // py, px = wp.tid()                                                                      <L 13>
    builtin_tid2d(var_0, var_1);
    // h = depth.shape[0]                                                                     <L 14>
    var_2 = &(var_depth.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // w = depth.shape[1]                                                                     <L 15>
    var_6 = &(var_depth.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // u = (float(px) / float(w)) * 2.0 - 1.0                                                 <L 16>
    var_10 = wp::float(var_1);
    var_11 = wp::float(var_8);
    var_12 = wp::div(var_10, var_11);
    var_14 = wp::mul(var_12, var_13);
    var_16 = wp::sub(var_14, var_15);
    // v = (float(py) / float(h)) * 2.0 - 1.0                                                 <L 17>
    var_17 = wp::float(var_0);
    var_18 = wp::float(var_4);
    var_19 = wp::div(var_17, var_18);
    var_21 = wp::mul(var_19, var_20);
    var_23 = wp::sub(var_21, var_22);
    // ro = cam_pos                                                                           <L 18>
    var_24 = wp::copy(var_cam_pos);
    // rd = wp.normalize(wp.vec3(u, v, -1.5))                                                 <L 19>
    var_26 = wp::vec_t<3, wp::float32>(var_16, var_23, var_25);
    var_27 = wp::normalize(var_26);
    // t = float(0.0)                                                                         <L 20>
    var_29 = wp::float(var_28);
    // steps = int(0)                                                                         <L 21>
    var_31 = wp::int(var_30);
    // while steps < 64:                                                                      <L 22>
    // dist = wp.length(ro - rd)                                                              <L 28>
    var_42 = wp::sub(var_24, var_27);
    var_43 = wp::length(var_42);
    // if dist > t:                                                                           <L 29>
    var_44 = (var_43 > var_29);
    if (var_44) {
        // total_2 = wp.mat22(0.0)                                                            <L 30>
        var_46 = wp::mat_t<2, 2, wp::float32>(var_45);
        // for k_2 in range(wp.min(wp.abs(py), 16)):                                          <L 31>
        var_47 = wp::abs(var_0);
        var_49 = wp::min(var_47, var_48);
        var_50 = wp::range(var_49);
        // picked = wp.identity(n=3, dtype=float) * wp.trace(total_2)                         <L 34>
        var_64 = wp::identity<3, wp::float32>();
        var_65 = wp::trace(var_46);
        var_66 = wp::mul(var_64, var_65);
    }
    if (!var_44) {
        // rows_2 = wp.matrix_from_rows(rd, ro, wp.vec3(2.0, 0.9, 1.5))                       <L 36>
        var_70 = wp::vec_t<3, wp::float32>(var_67, var_68, var_69);
        var_71 = wp::matrix_from_rows<wp::float32>(var_27, var_24, var_70);
        // picked = rows_2                                                                    <L 37>
        var_72 = wp::copy(var_71);
    }
    var_73 = wp::where(var_44, var_66, var_72);
    // gain_2 = t                                                                             <L 38>
    var_74 = wp::copy(var_29);
    // found = float(0.0)                                                                     <L 39>
    var_76 = wp::float(var_75);
    // for step in range(4):                                                                  <L 40>
    var_78 = wp::range(var_77);
    // depth[py, px] = t + (wp.determinant(picked) + found)                                   <L 48>
    var_91 = wp::determinant(var_73);
    var_92 = wp::add(var_91, var_76);
    var_93 = wp::add(var_29, var_92);
    // wp::array_store(var_depth, var_0, var_1, var_93);
    //---------
    // reverse
    wp::adj_array_store(var_depth, var_0, var_1, var_93, adj_depth, adj_0, adj_1, adj_93);
    wp::adj_add(var_29, var_92, adj_29, adj_92, adj_93);
    wp::adj_add(var_91, var_76, adj_91, adj_76, adj_92);
    wp::adj_determinant(var_73, adj_73, adj_91);
    // adj: depth[py, px] = t + (wp.determinant(picked) + found)                              <L 48>
    var_78 = wp::iter_reverse(var_78);
    start_for_4:;
        if (iter_cmp(var_78) == 0) goto end_for_4;
        var_79 = wp::iter_next(var_78);
    	adj_80 = {};
    	adj_81 = {};
    	adj_82 = {};
    	adj_83 = {};
    	adj_84 = {};
    	adj_85 = {};
    	adj_86 = {};
    	adj_87 = {};
    	adj_88 = {};
    	adj_89 = {};
    	adj_90 = {};
        // q_factor = wp.mat33()                                                              <L 41>
        var_80 = wp::mat_t<3, 3, wp::float32>();
        // r_2 = wp.mat33()                                                                   <L 42>
        var_81 = wp::mat_t<3, 3, wp::float32>();
        // wp.qr3(wp.diag(ro), q_factor, r_2)                                                 <L 43>
        var_82 = wp::diag(var_24);
        wp::qr3(var_82, var_80, var_81);
        // r_factor = q_factor * r_2                                                          <L 44>
        var_83 = wp::mul(var_80, var_81);
        // found += wp.abs(float(step) + wp.determinant(r_factor))                            <L 45>
        var_84 = wp::float(var_79);
        var_85 = wp::determinant(var_83);
        var_86 = wp::add(var_84, var_85);
        var_87 = wp::abs(var_86);
        var_88 = wp::add(var_76, var_87);
        // if found > gain_2:                                                                 <L 46>
        var_89 = (var_88 > var_74);
        if (var_89) {
            // break                                                                          <L 47>
            wp::assign(var_76, var_88);
            goto end_for_4;
        }
        var_90 = wp::where(var_89, var_76, var_88);
        wp::assign(var_76, var_90);
        wp::adj_assign(var_76, var_90, adj_76, adj_90);
        wp::adj_where(var_89, var_76, var_88, adj_89, adj_76, adj_88, adj_90);
        if (var_89) {
            wp::adj_assign(var_76, var_88, adj_76, adj_88);
            // adj: break                                                                     <L 47>
        }
        // adj: if found > gain_2:                                                            <L 46>
        wp::adj_add(var_76, var_87, adj_76, adj_87, adj_88);
        wp::adj_abs(var_86, adj_86, adj_87);
        wp::adj_add(var_84, var_85, adj_84, adj_85, adj_86);
        wp::adj_determinant(var_83, adj_83, adj_85);
        wp::adj_float(var_79, adj_79, adj_84);
        // adj: found += wp.abs(float(step) + wp.determinant(r_factor))                       <L 45>
        wp::adj_mul(var_80, var_81, adj_80, adj_81, adj_83);
        // adj: r_factor = q_factor * r_2                                                     <L 44>
        wp::adj_qr3(var_82, var_80, var_81, adj_82, adj_80, adj_81);
        wp::adj_diag(var_24, adj_24, adj_82);
        // adj: wp.qr3(wp.diag(ro), q_factor, r_2)                                            <L 43>
        // adj: r_2 = wp.mat33()                                                              <L 42>
        // adj: q_factor = wp.mat33()                                                         <L 41>
    	goto start_for_4;
    end_for_4:;
    // adj: for step in range(4):                                                             <L 40>
    wp::adj_float(var_75, adj_75, adj_76);
    // adj: found = float(0.0)                                                                <L 39>
    wp::adj_copy(var_29, adj_29, adj_74);
    // adj: gain_2 = t                                                                        <L 38>
    wp::adj_where(var_44, var_66, var_72, adj_44, adj_66, adj_72, adj_73);
    if (!var_44) {
        wp::adj_copy(var_71, adj_71, adj_72);
        // adj: picked = rows_2                                                               <L 37>
        wp::adj_matrix_from_rows(var_27, var_24, var_70, adj_27, adj_24, adj_70, adj_71);
        wp::adj_vec_t(var_67, var_68, var_69, adj_67, adj_68, adj_69, adj_70);
        // adj: rows_2 = wp.matrix_from_rows(rd, ro, wp.vec3(2.0, 0.9, 1.5))                  <L 36>
    }
    if (var_44) {
        wp::adj_mul(var_64, var_65, adj_64, adj_65, adj_66);
        wp::adj_trace(var_46, adj_46, adj_65);
        // adj: picked = wp.identity(n=3, dtype=float) * wp.trace(total_2)                    <L 34>
        var_50 = wp::iter_reverse(var_50);
        start_for_2:;
            if (iter_cmp(var_50) == 0) goto end_for_2;
            var_51 = wp::iter_next(var_50);
        	adj_52 = {};
        	adj_53 = {};
        	adj_54 = {};
        	adj_55 = {};
        	adj_56 = {};
        	adj_57 = {};
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
            // offset_2 = ro                                                                  <L 32>
            var_52 = wp::copy(var_24);
            // total_2 += wp.identity(n=2, dtype=float) * float(k_2) + wp.identity(n=2, dtype=float) * wp.length(offset_2)       <L 33>
            var_54 = wp::identity<2, wp::float32>();
            var_55 = wp::float(var_51);
            var_56 = wp::mul(var_54, var_55);
            var_58 = wp::identity<2, wp::float32>();
            var_59 = wp::length(var_52);
            var_60 = wp::mul(var_58, var_59);
            var_61 = wp::add(var_56, var_60);
            var_62 = wp::add(var_46, var_61);
            wp::assign(var_46, var_62);
            wp::adj_assign(var_46, var_62, adj_46, adj_62);
            wp::adj_add(var_46, var_61, adj_46, adj_61, adj_62);
            wp::adj_add(var_56, var_60, adj_56, adj_60, adj_61);
            wp::adj_mul(var_58, var_59, adj_58, adj_59, adj_60);
            wp::adj_length(var_52, var_59, adj_52, adj_59);
            wp::adj_mul(var_54, var_55, adj_54, adj_55, adj_56);
            wp::adj_float(var_51, adj_51, adj_55);
            // adj: total_2 += wp.identity(n=2, dtype=float) * float(k_2) + wp.identity(n=2, dtype=float) * wp.length(offset_2)  <L 33>
            wp::adj_copy(var_24, adj_24, adj_52);
            // adj: offset_2 = ro                                                             <L 32>
        	goto start_for_2;
        end_for_2:;
        wp::adj_min(var_47, var_48, adj_47, adj_48, adj_49);
        wp::adj_abs(var_0, adj_0, adj_47);
        // adj: for k_2 in range(wp.min(wp.abs(py), 16)):                                     <L 31>
        wp::adj_mat_t(var_45, adj_45, adj_46);
        // adj: total_2 = wp.mat22(0.0)                                                       <L 30>
    }
    // adj: if dist > t:                                                                      <L 29>
    wp::adj_length(var_42, var_43, adj_42, adj_43);
    wp::adj_sub(var_24, var_27, adj_24, adj_27, adj_42);
    // adj: dist = wp.length(ro - rd)                                                         <L 28>
    start_while_0:;
    var_33 = (var_31 < var_32);
    if ((var_33) == false) goto end_while_0;
    adj_34 = {};
    adj_35 = {};
    adj_36 = {};
    adj_37 = {};
    adj_38 = {};
    adj_39 = {};
    adj_40 = {};
    adj_41 = {};
        // d = scene_sdf(ro + rd * t, radius)                                                 <L 23>
        var_34 = wp::mul(var_27, var_29);
        var_35 = wp::add(var_24, var_34);
        var_36 = scene_sdf_0(var_35, var_radius);
        // if d < 1.0e-3:                                                                     <L 24>
        var_38 = (var_36 < var_37);
        if (var_38) {
            // break                                                                          <L 25>
            goto end_while_0;
        }
        // t += d                                                                             <L 26>
        var_39 = wp::add(var_29, var_36);
        // steps += 1                                                                         <L 27>
        var_41 = wp::add(var_31, var_40);
        wp::assign(var_29, var_39);
        wp::assign(var_31, var_41);
        wp::adj_assign(var_31, var_41, adj_31, adj_41);
        wp::adj_assign(var_29, var_39, adj_29, adj_39);
        wp::adj_add(var_31, var_40, adj_31, adj_40, adj_41);
        // adj: steps += 1                                                                    <L 27>
        wp::adj_add(var_29, var_36, adj_29, adj_36, adj_39);
        // adj: t += d                                                                        <L 26>
        if (var_38) {
            // adj: break                                                                     <L 25>
        }
        // adj: if d < 1.0e-3:                                                                <L 24>
        adj_scene_sdf_0(var_35, var_radius, adj_35, adj_radius, adj_36);
        wp::adj_add(var_24, var_34, adj_24, adj_34, adj_35);
        wp::adj_mul(var_27, var_29, adj_27, adj_29, adj_34);
        // adj: d = scene_sdf(ro + rd * t, radius)                                            <L 23>
    goto start_while_0;
    end_while_0:;
    // adj: while steps < 64:                                                                 <L 22>
    // adj: steps = int(0)                                                                    <L 21>
    wp::adj_float(var_28, adj_28, adj_29);
    // adj: t = float(0.0)                                                                    <L 20>
    wp::adj_normalize(var_26, var_27, adj_26, adj_27);
    wp::adj_vec_t(var_16, var_23, var_25, adj_16, adj_23, adj_25, adj_26);
    // adj: rd = wp.normalize(wp.vec3(u, v, -1.5))                                            <L 19>
    wp::adj_copy(var_cam_pos, adj_cam_pos, adj_24);
    // adj: ro = cam_pos                                                                      <L 18>
    wp::adj_sub(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_mul(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_div(var_17, var_18, var_19, adj_17, adj_18, adj_19);
    wp::adj_float(var_4, adj_4, adj_18);
    wp::adj_float(var_0, adj_0, adj_17);
    // adj: v = (float(py) / float(h)) * 2.0 - 1.0                                            <L 17>
    wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_mul(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_div(var_10, var_11, var_12, adj_10, adj_11, adj_12);
    wp::adj_float(var_8, adj_8, adj_11);
    wp::adj_float(var_1, adj_1, adj_10);
    // adj: u = (float(px) / float(w)) * 2.0 - 1.0                                            <L 16>
    adj_depth.shape = adj_6;
    // adj: w = depth.shape[1]                                                                <L 15>
    adj_depth.shape = adj_2;
    // adj: h = depth.shape[0]                                                                <L 14>
    // adj: py, px = wp.tid()                                                                 <L 13>
    // adj: def render_sdf(cam_pos: wp.vec3, radius: float, depth: wp.array2d(dtype=float)):  <L 12>
    return;
}



struct render_sdf_37bde1f7_cpu_block_payload_forward
{
    wp_args_render_sdf_37bde1f7* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void render_sdf_37bde1f7_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    render_sdf_37bde1f7_cpu_block_payload_forward* payload = (render_sdf_37bde1f7_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    render_sdf_37bde1f7_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void render_sdf_37bde1f7_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_render_sdf_37bde1f7 *_wp_args)
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
        render_sdf_37bde1f7_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &render_sdf_37bde1f7_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct render_sdf_37bde1f7_cpu_block_payload_backward
{
    wp_args_render_sdf_37bde1f7* args;
    wp_args_render_sdf_37bde1f7* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void render_sdf_37bde1f7_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    render_sdf_37bde1f7_cpu_block_payload_backward* payload = (render_sdf_37bde1f7_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    render_sdf_37bde1f7_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void render_sdf_37bde1f7_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_render_sdf_37bde1f7 *_wp_args,
    wp_args_render_sdf_37bde1f7 *_wp_adj_args)
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
        render_sdf_37bde1f7_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &render_sdf_37bde1f7_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

