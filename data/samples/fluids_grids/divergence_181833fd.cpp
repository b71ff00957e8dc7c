// Warp 1.19.0 cpu code for divergence_181833fd.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_divergence_47f10a68 {
    wp::array_t<wp::float32> density;
    wp::array_t<wp::vec_t<3, wp::float32>> velocity;
    wp::float32 dt;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void divergence_47f10a68_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_divergence_47f10a68 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocity = _wp_args->velocity;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    const wp::int32 var_29 = 0;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::int32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::float32 var_42 = 10.0;
    const wp::float32 var_43 = 0.9;
    bool var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 0;
    wp::int32 var_48;
    wp::int32 var_49;
    const wp::int32 var_50 = 4;
    wp::int32 var_51;
    bool var_52;
    wp::vec_t<3, wp::float32> var_53;
    const wp::float32 var_54 = 0.5;
    wp::float32 var_55;
    const wp::float32 var_56 = 0.5;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    const wp::int32 var_63 = 1;
    wp::int32 var_64;
    const wp::float32 var_65 = 0.0;
    wp::vec_t<3, wp::float64> var_66;
    const wp::float64 var_67 = 0.0;
    wp::int32 var_68;
    const wp::int32 var_69 = 4;
    wp::int32 var_70;
    wp::range_t var_71;
    wp::int32 var_72;
    const wp::float32 var_73 = 0.0;
    wp::float32 var_74;
    wp::int32 var_75;
    const wp::int32 var_76 = 4;
    wp::int32 var_77;
    const wp::int32 var_78 = 2;
    wp::int32 var_79;
    const wp::int32 var_80 = 1;
    const wp::int32 var_81 = 2;
    wp::range_t var_82;
    wp::int32 var_83;
    const wp::float32 var_84 = 0.9;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32> var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    wp::vec_t<3, wp::float32> var_94;
    wp::float32 var_95;
    wp::float64 var_96;
    wp::vec_t<3, wp::float64> var_97;
    wp::float64 var_98;
    wp::vec_t<3, wp::float64> var_99;
    wp::vec_t<3, wp::float64> var_100;
    wp::float32 var_101;
    wp::float64 var_102;
    wp::vec_t<3, wp::float64> var_103;
    wp::vec_t<3, wp::float64> var_104;
    wp::vec_t<3, wp::float64> var_105;
    const wp::float32 var_106 = 0.25;
    wp::vec_t<3, wp::float32> var_107;
    wp::vec_t<3, wp::float32> var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    const wp::int32 var_115 = 0;
    wp::float64 var_116;
    wp::float32 var_117;
    wp::float32 var_118;
    wp::float32 var_119;
    wp::float32 var_120;
    //---------
    // forward
    // def divergence(density: wp.array3d(dtype=float), velocity: wp.array3d(dtype=wp.vec3), dt: float, out: wp.array3d(dtype=float)):       <L 5>
    // i, j, k = wp.tid()                                                                     <L 6>
    builtin_tid3d(var_0, var_1, var_2);
    // nx = density.shape[0]                                                                  <L 7>
    var_3 = &(var_density.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    // ny = density.shape[1]                                                                  <L 8>
    var_7 = &(var_density.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    // nz = density.shape[2]                                                                  <L 9>
    var_11 = &(var_density.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    // rho = density[i, j, k]                                                                 <L 10>
    var_15 = wp::address(var_density, var_0, var_1, var_2);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // vel = velocity[i, j, k]                                                                <L 11>
    var_18 = wp::address(var_velocity, var_0, var_1, var_2);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // back = density[wp.clamp(i - 1, 0, nx - 1), wp.clamp(j - 1, 0, ny - 1), wp.clamp(k - 1, 0, nz - 1)]       <L 12>
    var_22 = wp::sub(var_0, var_21);
    var_25 = wp::sub(var_5, var_24);
    var_26 = wp::clamp(var_22, var_23, var_25);
    var_28 = wp::sub(var_1, var_27);
    var_31 = wp::sub(var_9, var_30);
    var_32 = wp::clamp(var_28, var_29, var_31);
    var_34 = wp::sub(var_2, var_33);
    var_37 = wp::sub(var_13, var_36);
    var_38 = wp::clamp(var_34, var_35, var_37);
    var_39 = wp::address(var_density, var_26, var_32, var_38);
    var_41 = wp::load(var_39);
    var_40 = wp::copy(var_41);
    // iterate = float(dt if 10.0 < 0.9 else rho)                                             <L 13>
    var_44 = (var_42 < var_43);
    if (var_44) {
    }
    if (!var_44) {
    }
    var_45 = wp::where(var_44, var_dt, var_16);
    var_46 = wp::float(var_45);
    // iters = int(0)                                                                         <L 14>
    var_48 = wp::int(var_47);
    // while iters < wp.min(wp.abs(j), 4):                                                    <L 15>
    start_while_0:;
    var_49 = wp::abs(var_1);
    var_51 = wp::min(var_49, var_50);
    var_52 = (var_48 < var_51);
    if ((var_52) == false) goto end_while_0;
        // delta_2 = vel                                                                      <L 16>
        var_53 = wp::copy(var_19);
        // iterate = 0.5 * iterate + 0.5 * wp.tanh(float(iters) + wp.length(delta_2))         <L 17>
        var_55 = wp::mul(var_54, var_46);
        var_57 = wp::float(var_48);
        var_58 = wp::length(var_53);
        var_59 = wp::add(var_57, var_58);
        var_60 = wp::tanh(var_59);
        var_61 = wp::mul(var_56, var_60);
        var_62 = wp::add(var_55, var_61);
        // iters += 1                                                                         <L 18>
        var_64 = wp::add(var_48, var_63);
        wp::assign(var_46, var_62);
        wp::assign(var_48, var_64);
    goto start_while_0;
    end_while_0:;
    // total_2 = wp.vec3d(0.0)                                                                <L 19>
    var_66 = wp::vec_t<3, wp::float64>(var_67);
    // for k_2 in range(wp.min(wp.abs(i), 4)):                                                <L 20>
    var_68 = wp::abs(var_0);
    var_70 = wp::min(var_68, var_69);
    var_71 = wp::range(var_70);
    start_for_2:;
        if (iter_cmp(var_71) == 0) goto end_for_2;
        var_72 = wp::iter_next(var_71);
        // series = float(0.0)                                                                <L 21>
        var_74 = wp::float(var_73);
        // for s_2 in range(1, wp.min(wp.abs(j), 4) * 2, 2):                                  <L 22>
        var_75 = wp::abs(var_1);
        var_77 = wp::min(var_75, var_76);
        var_79 = wp::mul(var_77, var_78);
        var_82 = wp::range(var_80, var_79, var_81);
        start_for_4:;
            if (iter_cmp(var_82) == 0) goto end_for_4;
            var_83 = wp::iter_next(var_82);
            // n_hat = wp.normalize(vel - wp.vec3(0.9))                                       <L 23>
            var_85 = wp::vec_t<3, wp::float32>(var_84);
            var_86 = wp::sub(var_19, var_85);
            var_87 = wp::normalize(var_86);
            // series += (float(s_2) + wp.length(n_hat)) / float(s_2)                         <L 24>
            var_88 = wp::float(var_83);
            var_89 = wp::length(var_87);
            var_90 = wp::add(var_88, var_89);
            var_91 = wp::float(var_83);
            var_92 = wp::div(var_90, var_91);
            var_93 = wp::add(var_74, var_92);
            wp::assign(var_74, var_93);
            goto start_for_4;
        end_for_4:;
        // offset_2 = vel                                                                     <L 25>
        var_94 = wp::copy(var_19);
        // total_2 += wp.vec3d(wp.float64(float(k_2))) + wp.vec3d(wp.float64(series)) + wp.vec3d(wp.float64(wp.length(offset_2)))       <L 26>
        var_95 = wp::float(var_72);
        var_96 = wp::float64(var_95);
        var_97 = wp::vec_t<3, wp::float64>(var_96);
        var_98 = wp::float64(var_74);
        var_99 = wp::vec_t<3, wp::float64>(var_98);
        var_100 = wp::add(var_97, var_99);
        var_101 = wp::length(var_94);
        var_102 = wp::float64(var_101);
        var_103 = wp::vec_t<3, wp::float64>(var_102);
        var_104 = wp::add(var_100, var_103);
        var_105 = wp::add(var_66, var_104);
        wp::assign(var_66, var_105);
        goto start_for_2;
    end_for_2:;
    // dist = wp.length(vel - wp.vec3(0.25))                                                  <L 27>
    var_107 = wp::vec_t<3, wp::float32>(var_106);
    var_108 = wp::sub(var_19, var_107);
    var_109 = wp::length(var_108);
    // out[i, j, k] = rho - dt * (rho - back) * wp.length(vel) + (iterate + float(total_2[0]) + dist)       <L 28>
    var_110 = wp::sub(var_16, var_40);
    var_111 = wp::mul(var_dt, var_110);
    var_112 = wp::length(var_19);
    var_113 = wp::mul(var_111, var_112);
    var_114 = wp::sub(var_16, var_113);
    var_116 = wp::extract(var_66, var_115);
    var_117 = wp::float(var_116);
    var_118 = wp::add(var_46, var_117);
    var_119 = wp::add(var_118, var_109);
    var_120 = wp::add(var_114, var_119);
    wp::array_store(var_out, var_0, var_1, var_2, var_120);
}



template <bool wp_linear_contiguous>
static void divergence_47f10a68_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_divergence_47f10a68 *_wp_args,
    wp_args_divergence_47f10a68 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocity = _wp_args->velocity;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_density = _wp_adj_args->density;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocity = _wp_adj_args->velocity;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    const wp::int32 var_29 = 0;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::int32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::float32 var_42 = 10.0;
    const wp::float32 var_43 = 0.9;
    bool var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 0;
    wp::int32 var_48;
    wp::int32 var_49;
    const wp::int32 var_50 = 4;
    wp::int32 var_51;
    bool var_52;
    wp::vec_t<3, wp::float32> var_53;
    const wp::float32 var_54 = 0.5;
    wp::float32 var_55;
    const wp::float32 var_56 = 0.5;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    const wp::int32 var_63 = 1;
    wp::int32 var_64;
    const wp::float32 var_65 = 0.0;
    wp::vec_t<3, wp::float64> var_66;
    const wp::float64 var_67 = 0.0;
    wp::int32 var_68;
    const wp::int32 var_69 = 4;
    wp::int32 var_70;
    wp::range_t var_71;
    wp::int32 var_72;
    const wp::float32 var_73 = 0.0;
    wp::float32 var_74;
    wp::int32 var_75;
    const wp::int32 var_76 = 4;
    wp::int32 var_77;
    const wp::int32 var_78 = 2;
    wp::int32 var_79;
    const wp::int32 var_80 = 1;
    const wp::int32 var_81 = 2;
    wp::range_t var_82;
    wp::int32 var_83;
    const wp::float32 var_84 = 0.9;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32> var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    wp::vec_t<3, wp::float32> var_94;
    wp::float32 var_95;
    wp::float64 var_96;
    wp::vec_t<3, wp::float64> var_97;
    wp::float64 var_98;
    wp::vec_t<3, wp::float64> var_99;
    wp::vec_t<3, wp::float64> var_100;
    wp::float32 var_101;
    wp::float64 var_102;
    wp::vec_t<3, wp::float64> var_103;
    wp::vec_t<3, wp::float64> var_104;
    wp::vec_t<3, wp::float64> var_105;
    const wp::float32 var_106 = 0.25;
    wp::vec_t<3, wp::float32> var_107;
    wp::vec_t<3, wp::float32> var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    const wp::int32 var_115 = 0;
    wp::float64 var_116;
    wp::float32 var_117;
    wp::float32 var_118;
    wp::float32 var_119;
    wp::float32 var_120;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::shape_t adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    bool adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    bool adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::vec_t<3, wp::float64> adj_66 = {};
    wp::float64 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::range_t adj_71 = {};
    wp::int32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::int32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::range_t adj_82 = {};
    wp::int32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::vec_t<3, wp::float32> adj_85 = {};
    wp::vec_t<3, wp::float32> adj_86 = {};
    wp::vec_t<3, wp::float32> adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::vec_t<3, wp::float32> adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float64 adj_96 = {};
    wp::vec_t<3, wp::float64> adj_97 = {};
    wp::float64 adj_98 = {};
    wp::vec_t<3, wp::float64> adj_99 = {};
    wp::vec_t<3, wp::float64> adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float64 adj_102 = {};
    wp::vec_t<3, wp::float64> adj_103 = {};
    wp::vec_t<3, wp::float64> adj_104 = {};
    wp::vec_t<3, wp::float64> adj_105 = {};
    wp::float32 adj_106 = {};
    wp::vec_t<3, wp::float32> adj_107 = {};
    wp::vec_t<3, wp::float32> adj_108 = {};
    wp::float32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::float32 adj_114 = {};
    wp::int32 adj_115 = {};
    wp::float64 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::float32 adj_119 = {};
    wp::float32 adj_120 = {};
    //---------
    // forward
    // def divergence(density: wp.array3d(dtype=float), velocity: wp.array3d(dtype=wp.vec3), dt: float, out: wp.array3d(dtype=float)):       <L 5>
    // i, j, k = wp.tid()                                                                     <L 6>
    builtin_tid3d(var_0, var_1, var_2);
    // nx = density.shape[0]                                                                  <L 7>
    var_3 = &(var_density.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    // ny = density.shape[1]                                                                  <L 8>
    var_7 = &(var_density.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    // nz = density.shape[2]                                                                  <L 9>
    var_11 = &(var_density.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    // rho = density[i, j, k]                                                                 <L 10>
    var_15 = wp::address(var_density, var_0, var_1, var_2);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // vel = velocity[i, j, k]                                                                <L 11>
    var_18 = wp::address(var_velocity, var_0, var_1, var_2);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // back = density[wp.clamp(i - 1, 0, nx - 1), wp.clamp(j - 1, 0, ny - 1), wp.clamp(k - 1, 0, nz - 1)]       <L 12>
    var_22 = wp::sub(var_0, var_21);
    var_25 = wp::sub(var_5, var_24);
    var_26 = wp::clamp(var_22, var_23, var_25);
    var_28 = wp::sub(var_1, var_27);
    var_31 = wp::sub(var_9, var_30);
    var_32 = wp::clamp(var_28, var_29, var_31);
    var_34 = wp::sub(var_2, var_33);
    var_37 = wp::sub(var_13, var_36);
    var_38 = wp::clamp(var_34, var_35, var_37);
    var_39 = wp::address(var_density, var_26, var_32, var_38);
    var_41 = wp::load(var_39);
    var_40 = wp::copy(var_41);
    // iterate = float(dt if 10.0 < 0.9 else rho)                                             <L 13>
    var_44 = (var_42 < var_43);
    if (var_44) {
    }
    if (!var_44) {
    }
    var_45 = wp::where(var_44, var_dt, var_16);
    var_46 = wp::float(var_45);
    // iters = int(0)                                                                         <L 14>
    var_48 = wp::int(var_47);
    // while iters < wp.min(wp.abs(j), 4):                                                    <L 15>
    // total_2 = wp.vec3d(0.0)                                                                <L 19>
    var_66 = wp::vec_t<3, wp::float64>(var_67);
    // for k_2 in range(wp.min(wp.abs(i), 4)):                                                <L 20>
    var_68 = wp::abs(var_0);
    var_70 = wp::min(var_68, var_69);
    var_71 = wp::range(var_70);
    // dist = wp.length(vel - wp.vec3(0.25))                                                  <L 27>
    var_107 = wp::vec_t<3, wp::float32>(var_106);
    var_108 = wp::sub(var_19, var_107);
    var_109 = wp::length(var_108);
    // out[i, j, k] = rho - dt * (rho - back) * wp.length(vel) + (iterate + float(total_2[0]) + dist)       <L 28>
    var_110 = wp::sub(var_16, var_40);
    var_111 = wp::mul(var_dt, var_110);
    var_112 = wp::length(var_19);
    var_113 = wp::mul(var_111, var_112);
    var_114 = wp::sub(var_16, var_113);
    var_116 = wp::extract(var_66, var_115);
    var_117 = wp::float(var_116);
    var_118 = wp::add(var_46, var_117);
    var_119 = wp::add(var_118, var_109);
    var_120 = wp::add(var_114, var_119);
    // wp::array_store(var_out, var_0, var_1, var_2, var_120);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_2, var_120, adj_out, adj_0, adj_1, adj_2, adj_120);
    wp::adj_add(var_114, var_119, adj_114, adj_119, adj_120);
    wp::adj_add(var_118, var_109, adj_118, adj_109, adj_119);
    wp::adj_add(var_46, var_117, adj_46, adj_117, adj_118);
    wp::adj_float(var_116, adj_116, adj_117);
    wp::adj_extract(var_66, var_115, adj_66, adj_115, adj_116);
    wp::adj_sub(var_16, var_113, adj_16, adj_113, adj_114);
    wp::adj_mul(var_111, var_112, adj_111, adj_112, adj_113);
    wp::adj_length(var_19, var_112, adj_19, adj_112);
    wp::adj_mul(var_dt, var_110, adj_dt, adj_110, adj_111);
    wp::adj_sub(var_16, var_40, adj_16, adj_40, adj_110);
    // adj: out[i, j, k] = rho - dt * (rho - back) * wp.length(vel) + (iterate + float(total_2[0]) + dist)  <L 28>
    wp::adj_length(var_108, var_109, adj_108, adj_109);
    wp::adj_sub(var_19, var_107, adj_19, adj_107, adj_108);
    wp::adj_vec_t(var_106, adj_106, adj_107);
    // adj: dist = wp.length(vel - wp.vec3(0.25))                                             <L 27>
    var_71 = wp::iter_reverse(var_71);
    start_for_2:;
        if (iter_cmp(var_71) == 0) goto end_for_2;
        var_72 = wp::iter_next(var_71);
    	adj_73 = {};
    	adj_74 = {};
    	adj_75 = {};
    	adj_76 = {};
    	adj_77 = {};
    	adj_78 = {};
    	adj_79 = {};
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
    	adj_91 = {};
    	adj_92 = {};
    	adj_93 = {};
    	adj_94 = {};
    	adj_95 = {};
    	adj_96 = {};
    	adj_97 = {};
    	adj_98 = {};
    	adj_99 = {};
    	adj_100 = {};
    	adj_101 = {};
    	adj_102 = {};
    	adj_103 = {};
    	adj_104 = {};
    	adj_105 = {};
        // series = float(0.0)                                                                <L 21>
        var_74 = wp::float(var_73);
        // for s_2 in range(1, wp.min(wp.abs(j), 4) * 2, 2):                                  <L 22>
        var_75 = wp::abs(var_1);
        var_77 = wp::min(var_75, var_76);
        var_79 = wp::mul(var_77, var_78);
        var_82 = wp::range(var_80, var_79, var_81);
        // offset_2 = vel                                                                     <L 25>
        var_94 = wp::copy(var_19);
        // total_2 += wp.vec3d(wp.float64(float(k_2))) + wp.vec3d(wp.float64(series)) + wp.vec3d(wp.float64(wp.length(offset_2)))       <L 26>
        var_95 = wp::float(var_72);
        var_96 = wp::float64(var_95);
        var_97 = wp::vec_t<3, wp::float64>(var_96);
        var_98 = wp::float64(var_74);
        var_99 = wp::vec_t<3, wp::float64>(var_98);
        var_100 = wp::add(var_97, var_99);
        var_101 = wp::length(var_94);
        var_102 = wp::float64(var_101);
        var_103 = wp::vec_t<3, wp::float64>(var_102);
        var_104 = wp::add(var_100, var_103);
        var_105 = wp::add(var_66, var_104);
        wp::assign(var_66, var_105);
        wp::adj_assign(var_66, var_105, adj_66, adj_105);
        wp::adj_add(var_66, var_104, adj_66, adj_104, adj_105);
        wp::adj_add(var_100, var_103, adj_100, adj_103, adj_104);
        wp::adj_vec_t(var_102, adj_102, adj_103);
        wp::adj_float64(var_101, adj_101, adj_102);
        wp::adj_length(var_94, var_101, adj_94, adj_101);
        wp::adj_add(var_97, var_99, adj_97, adj_99, adj_100);
        wp::adj_vec_t(var_98, adj_98, adj_99);
        wp::adj_float64(var_74, adj_74, adj_98);
        wp::adj_vec_t(var_96, adj_96, adj_97);
        wp::adj_float64(var_95, adj_95, adj_96);
        wp::adj_float(var_72, adj_72, adj_95);
        // adj: total_2 += wp.vec3d(wp.float64(float(k_2))) + wp.vec3d(wp.float64(series)) + wp.vec3d(wp.float64(wp.length(offset_2)))  <L 26>
        wp::adj_copy(var_19, adj_19, adj_94);
        // adj: offset_2 = vel                                                                <L 25>
        var_82 = wp::iter_reverse(var_82);
        start_for_4:;
            if (iter_cmp(var_82) == 0) goto end_for_4;
            var_83 = wp::iter_next(var_82);
        	adj_84 = {};
        	adj_85 = {};
        	adj_86 = {};
        	adj_87 = {};
        	adj_88 = {};
        	adj_89 = {};
        	adj_90 = {};
        	adj_91 = {};
        	adj_92 = {};
        	adj_93 = {};
            // n_hat = wp.normalize(vel - wp.vec3(0.9))                                       <L 23>
            var_85 = wp::vec_t<3, wp::float32>(var_84);
            var_86 = wp::sub(var_19, var_85);
            var_87 = wp::normalize(var_86);
            // series += (float(s_2) + wp.length(n_hat)) / float(s_2)                         <L 24>
            var_88 = wp::float(var_83);
            var_89 = wp::length(var_87);
            var_90 = wp::add(var_88, var_89);
            var_91 = wp::float(var_83);
            var_92 = wp::div(var_90, var_91);
            var_93 = wp::add(var_74, var_92);
            wp::assign(var_74, var_93);
            wp::adj_assign(var_74, var_93, adj_74, adj_93);
            wp::adj_add(var_74, var_92, adj_74, adj_92, adj_93);
            wp::adj_div(var_90, var_91, var_92, adj_90, adj_91, adj_92);
            wp::adj_float(var_83, adj_83, adj_91);
            wp::adj_add(var_88, var_89, adj_88, adj_89, adj_90);
            wp::adj_length(var_87, var_89, adj_87, adj_89);
            wp::adj_float(var_83, adj_83, adj_88);
            // adj: series += (float(s_2) + wp.length(n_hat)) / float(s_2)                    <L 24>
            wp::adj_normalize(var_86, var_87, adj_86, adj_87);
            wp::adj_sub(var_19, var_85, adj_19, adj_85, adj_86);
            wp::adj_vec_t(var_84, adj_84, adj_85);
            // adj: n_hat = wp.normalize(vel - wp.vec3(0.9))                                  <L 23>
        	goto start_for_4;
        end_for_4:;
        wp::adj_mul(var_77, var_78, adj_77, adj_78, adj_79);
        wp::adj_min(var_75, var_76, adj_75, adj_76, adj_77);
        wp::adj_abs(var_1, adj_1, adj_75);
        // adj: for s_2 in range(1, wp.min(wp.abs(j), 4) * 2, 2):                             <L 22>
        wp::adj_float(var_73, adj_73, adj_74);
        // adj: series = float(0.0)                                                           <L 21>
    	goto start_for_2;
    end_for_2:;
    wp::adj_min(var_68, var_69, adj_68, adj_69, adj_70);
    wp::adj_abs(var_0, adj_0, adj_68);
    // adj: for k_2 in range(wp.min(wp.abs(i), 4)):                                           <L 20>
    wp::adj_vec_t(var_67, adj_67, adj_66);
    // adj: total_2 = wp.vec3d(0.0)                                                           <L 19>
    start_while_0:;
    var_49 = wp::abs(var_1);
    var_51 = wp::min(var_49, var_50);
    var_52 = (var_48 < var_51);
    if ((var_52) == false) goto end_while_0;
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
    adj_63 = {};
    adj_64 = {};
        // delta_2 = vel                                                                      <L 16>
        var_53 = wp::copy(var_19);
        // iterate = 0.5 * iterate + 0.5 * wp.tanh(float(iters) + wp.length(delta_2))         <L 17>
        var_55 = wp::mul(var_54, var_46);
        var_57 = wp::float(var_48);
        var_58 = wp::length(var_53);
        var_59 = wp::add(var_57, var_58);
        var_60 = wp::tanh(var_59);
        var_61 = wp::mul(var_56, var_60);
        var_62 = wp::add(var_55, var_61);
        // iters += 1                                                                         <L 18>
        var_64 = wp::add(var_48, var_63);
        wp::assign(var_46, var_62);
        wp::assign(var_48, var_64);
        wp::adj_assign(var_48, var_64, adj_48, adj_64);
        wp::adj_assign(var_46, var_62, adj_46, adj_62);
        wp::adj_add(var_48, var_63, adj_48, adj_63, adj_64);
        // adj: iters += 1                                                                    <L 18>
        wp::adj_add(var_55, var_61, adj_55, adj_61, adj_62);
        wp::adj_mul(var_56, var_60, adj_56, adj_60, adj_61);
        wp::adj_tanh(var_59, var_60, adj_59, adj_60);
        wp::adj_add(var_57, var_58, adj_57, adj_58, adj_59);
        wp::adj_length(var_53, var_58, adj_53, adj_58);
        wp::adj_float(var_48, adj_48, adj_57);
        wp::adj_mul(var_54, var_46, adj_54, adj_46, adj_55);
        // adj: iterate = 0.5 * iterate + 0.5 * wp.tanh(float(iters) + wp.length(delta_2))    <L 17>
        wp::adj_copy(var_19, adj_19, adj_53);
        // adj: delta_2 = vel                                                                 <L 16>
    goto start_while_0;
    end_while_0:;
    // adj: while iters < wp.min(wp.abs(j), 4):                                               <L 15>
    // adj: iters = int(0)                                                                    <L 14>
    wp::adj_float(var_45, adj_45, adj_46);
    wp::adj_where(var_44, var_dt, var_16, adj_44, adj_dt, adj_16, adj_45);
    if (!var_44) {
    }
    if (var_44) {
    }
    // adj: iterate = float(dt if 10.0 < 0.9 else rho)                                        <L 13>
    wp::adj_copy(var_41, adj_39, adj_40);
    wp::adj_address(var_density, var_26, var_32, var_38, adj_density, adj_26, adj_32, adj_38, adj_39);
    wp::adj_clamp(var_34, var_35, var_37, adj_34, adj_35, adj_37, adj_38);
    wp::adj_sub(var_13, var_36, adj_13, adj_36, adj_37);
    wp::adj_sub(var_2, var_33, adj_2, adj_33, adj_34);
    wp::adj_clamp(var_28, var_29, var_31, adj_28, adj_29, adj_31, adj_32);
    wp::adj_sub(var_9, var_30, adj_9, adj_30, adj_31);
    wp::adj_sub(var_1, var_27, adj_1, adj_27, adj_28);
    wp::adj_clamp(var_22, var_23, var_25, adj_22, adj_23, adj_25, adj_26);
    wp::adj_sub(var_5, var_24, adj_5, adj_24, adj_25);
    wp::adj_sub(var_0, var_21, adj_0, adj_21, adj_22);
    // adj: back = density[wp.clamp(i - 1, 0, nx - 1), wp.clamp(j - 1, 0, ny - 1), wp.clamp(k - 1, 0, nz - 1)]  <L 12>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_velocity, var_0, var_1, var_2, adj_velocity, adj_0, adj_1, adj_2, adj_18);
    // adj: vel = velocity[i, j, k]                                                           <L 11>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_density, var_0, var_1, var_2, adj_density, adj_0, adj_1, adj_2, adj_15);
    // adj: rho = density[i, j, k]                                                            <L 10>
    adj_density.shape = adj_11;
    // adj: nz = density.shape[2]                                                             <L 9>
    adj_density.shape = adj_7;
    // adj: ny = density.shape[1]                                                             <L 8>
    adj_density.shape = adj_3;
    // adj: nx = density.shape[0]                                                             <L 7>
    // adj: i, j, k = wp.tid()                                                                <L 6>
    // adj: def divergence(density: wp.array3d(dtype=float), velocity: wp.array3d(dtype=wp.vec3), dt: float, out: wp.array3d(dtype=float)):  <L 5>
    return;
}



struct divergence_47f10a68_cpu_block_payload_forward
{
    wp_args_divergence_47f10a68* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void divergence_47f10a68_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<3>* dim = (wp::launch_bounds_t<3>*)dim_ptr;
    divergence_47f10a68_cpu_block_payload_forward* payload = (divergence_47f10a68_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    divergence_47f10a68_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void divergence_47f10a68_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_divergence_47f10a68 *_wp_args)
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
        divergence_47f10a68_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &divergence_47f10a68_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct divergence_47f10a68_cpu_block_payload_backward
{
    wp_args_divergence_47f10a68* args;
    wp_args_divergence_47f10a68* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void divergence_47f10a68_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<3>* dim = (wp::launch_bounds_t<3>*)dim_ptr;
    divergence_47f10a68_cpu_block_payload_backward* payload = (divergence_47f10a68_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    divergence_47f10a68_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void divergence_47f10a68_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_divergence_47f10a68 *_wp_args,
    wp_args_divergence_47f10a68 *_wp_adj_args)
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
        divergence_47f10a68_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &divergence_47f10a68_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

