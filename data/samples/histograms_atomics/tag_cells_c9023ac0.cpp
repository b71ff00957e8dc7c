// Warp 1.19.0 cpu code for tag_cells_c9023ac0.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_tag_cells_9d91add3 {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::int32> bins;
    wp::array_t<wp::float32> sums;
};


template <bool wp_linear_contiguous>
static void tag_cells_9d91add3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tag_cells_9d91add3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_bins = _wp_args->bins;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    const wp::int32 var_7 = 2;
    bool var_8;
    const wp::float32 var_9 = 0.5;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.5;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    const wp::float32 var_18 = 0.5;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::float32 var_21 = 0.0;
    wp::vec_t<4, wp::float32> var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 12;
    wp::int32 var_25;
    wp::range_t var_26;
    wp::int32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 1.5;
    const wp::float32 var_31 = 10.0;
    bool var_32;
    wp::float32 var_33;
    bool var_34;
    wp::uint32 var_35;
    wp::int32 var_36;
    wp::shape_t* var_37;
    const wp::int32 var_38 = 0;
    wp::int32 var_39;
    wp::shape_t var_40;
    wp::int32 var_41;
    wp::shape_t* var_42;
    const wp::int32 var_43 = 0;
    wp::int32 var_44;
    wp::shape_t var_45;
    wp::int32 var_46;
    wp::shape_t* var_47;
    const wp::int32 var_48 = 0;
    wp::int32 var_49;
    wp::shape_t var_50;
    wp::int32 var_51;
    wp::float32 var_52;
    const wp::float32 var_53 = 0.0;
    const wp::float32 var_54 = 1.0;
    const wp::float32 var_55 = 0.0;
    wp::vec_t<3, wp::float32> var_56;
    const wp::float32 var_57 = 10.0;
    wp::quat_t<wp::float32> var_58;
    wp::quat_t<wp::float32> var_59;
    wp::quat_t<wp::float32> var_60;
    wp::float32 var_61;
    wp::vec_t<4, wp::float32> var_62;
    wp::float32 var_63;
    wp::vec_t<4, wp::float32> var_64;
    wp::vec_t<4, wp::float32> var_65;
    wp::vec_t<4, wp::float32> var_66;
    wp::float32 var_67;
    wp::vec_t<3, wp::float32> var_68;
    const wp::float32 var_69 = 2.0;
    const wp::float32 var_70 = 0.5;
    const wp::float32 var_71 = 3.0;
    const wp::float32 var_72 = 10.0;
    const wp::float32 var_73 = 4.0;
    const wp::float32 var_74 = 2.0;
    const wp::float32 var_75 = 0.75;
    const wp::float32 var_76 = 1.5;
    const wp::float32 var_77 = 0.9;
    wp::mat_t<3, 3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    bool var_85;
    const wp::float32 var_86 = 0.0;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::shape_t* var_89;
    const wp::int32 var_90 = 0;
    wp::int32 var_91;
    wp::shape_t var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    wp::int32 var_95;
    wp::shape_t* var_96;
    const wp::int32 var_97 = 0;
    wp::int32 var_98;
    wp::shape_t var_99;
    wp::int32 var_100;
    const wp::int32 var_101 = 0;
    wp::shape_t* var_102;
    const wp::int32 var_103 = 0;
    wp::int32 var_104;
    wp::shape_t var_105;
    const wp::int32 var_106 = 1;
    wp::int32 var_107;
    wp::int32 var_108;
    const wp::int32 var_109 = 1;
    wp::int32 var_110;
    wp::float32 var_111;
    //---------
    // forward
    // def tag_cells(values: wp.array(dtype=float), bins: wp.array(dtype=int), sums: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // value = values[tid]                                                                    <L 7>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // settled = float(value)                                                                 <L 8>
    var_4 = wp::float(var_2);
    // iters = int(0)                                                                         <L 9>
    var_6 = wp::int(var_5);
    // while iters < 2:                                                                       <L 10>
    start_while_0:;
    var_8 = (var_6 < var_7);
    if ((var_8) == false) goto end_while_0;
        // settled = 0.5 * settled + 0.5 * wp.tanh(float(iters))                              <L 11>
        var_10 = wp::mul(var_9, var_4);
        var_12 = wp::float(var_6);
        var_13 = wp::tanh(var_12);
        var_14 = wp::mul(var_11, var_13);
        var_15 = wp::add(var_10, var_14);
        // iters += 1                                                                         <L 12>
        var_17 = wp::add(var_6, var_16);
        wp::assign(var_4, var_15);
        wp::assign(var_6, var_17);
    goto start_while_0;
    end_while_0:;
    // composed = wp.vec3(settled, value, float(0.5))                                         <L 13>
    var_19 = wp::float(var_18);
    var_20 = wp::vec_t<3, wp::float32>(var_4, var_2, var_19);
    // running = wp.vec4(0.0)                                                                 <L 14>
    var_22 = wp::vec_t<4, wp::float32>(var_21);
    // for k_2 in range(wp.min(wp.abs(tid), 12)):                                             <L 15>
    var_23 = wp::abs(var_0);
    var_25 = wp::min(var_23, var_24);
    var_26 = wp::range(var_25);
    start_for_2:;
        if (iter_cmp(var_26) == 0) goto end_for_2;
        var_27 = wp::iter_next(var_26);
        // if wp.clamp(value, -settled, settled) > (value if 1.5 < 10.0 else settled):        <L 16>
        var_28 = wp::neg(var_4);
        var_29 = wp::clamp(var_2, var_28, var_4);
        var_32 = (var_30 < var_31);
        if (var_32) {
        }
        if (!var_32) {
        }
        var_33 = wp::where(var_32, var_2, var_4);
        var_34 = (var_29 > var_33);
        if (var_34) {
            // wp.atomic_min(sums, ((int(wp.argmax(composed)) % sums.shape[0]) + sums.shape[0]) % sums.shape[0], settled)       <L 17>
            var_35 = wp::argmax(var_20);
            var_36 = wp::int(var_35);
            var_37 = &(var_sums.shape);
            var_40 = wp::load(var_37);
            var_39 = wp::extract(var_40, var_38);
            var_41 = wp::mod(var_36, var_39);
            var_42 = &(var_sums.shape);
            var_45 = wp::load(var_42);
            var_44 = wp::extract(var_45, var_43);
            var_46 = wp::add(var_41, var_44);
            var_47 = &(var_sums.shape);
            var_50 = wp::load(var_47);
            var_49 = wp::extract(var_50, var_48);
            var_51 = wp::mod(var_46, var_49);
            var_52 = wp::atomic_min(var_sums, var_51, var_4);
            // response = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 10.0)               <L 18>
            var_56 = wp::vec_t<3, wp::float32>(var_53, var_54, var_55);
            var_58 = wp::quat_from_axis_angle(var_56, var_57);
        }
        if (!var_34) {
            // response = wp.quat_identity()                                                  <L 20>
            var_59 = wp::quat_identity<wp::float32>();
        }
        var_60 = wp::where(var_34, var_58, var_59);
        // running += wp.vec4(float(k_2)) + wp.vec4(wp.length(response))                      <L 21>
        var_61 = wp::float(var_27);
        var_62 = wp::vec_t<4, wp::float32>(var_61);
        var_63 = wp::length(var_60);
        var_64 = wp::vec_t<4, wp::float32>(var_63);
        var_65 = wp::add(var_62, var_64);
        var_66 = wp::add(var_22, var_65);
        wp::assign(var_22, var_66);
        goto start_for_2;
    end_for_2:;
    // scale_2 = value                                                                        <L 22>
    var_67 = wp::copy(var_2);
    // radius_2 = wp.length(-composed - (wp.mat33(2.0, 0.5, 3.0, 10.0, 4.0, 2.0, 0.75, 1.5, 0.9) * composed))       <L 23>
    var_68 = wp::neg(var_20);
    var_78 = wp::mat_t<3, 3, wp::float32>(var_69, var_70, var_71, var_72, var_73, var_74, var_75, var_76, var_77);
    var_79 = wp::mul(var_78, var_20);
    var_80 = wp::sub(var_68, var_79);
    var_81 = wp::length(var_80);
    // raw = wp.length(running) + scale_2 + radius_2                                          <L 24>
    var_82 = wp::length(var_22);
    var_83 = wp::add(var_82, var_67);
    var_84 = wp::add(var_83, var_81);
    // key = wp.where(wp.isfinite(raw), raw, 0.0)                                             <L 25>
    var_85 = wp::isfinite(var_84);
    var_87 = wp::where(var_85, var_84, var_86);
    // b = wp.clamp(int(wp.abs(key) * float(bins.shape[0])) % bins.shape[0], 0, bins.shape[0] - 1)       <L 26>
    var_88 = wp::abs(var_87);
    var_89 = &(var_bins.shape);
    var_92 = wp::load(var_89);
    var_91 = wp::extract(var_92, var_90);
    var_93 = wp::float(var_91);
    var_94 = wp::mul(var_88, var_93);
    var_95 = wp::int(var_94);
    var_96 = &(var_bins.shape);
    var_99 = wp::load(var_96);
    var_98 = wp::extract(var_99, var_97);
    var_100 = wp::mod(var_95, var_98);
    var_102 = &(var_bins.shape);
    var_105 = wp::load(var_102);
    var_104 = wp::extract(var_105, var_103);
    var_107 = wp::sub(var_104, var_106);
    var_108 = wp::clamp(var_100, var_101, var_107);
    // wp.atomic_add(bins, b, 1)                                                              <L 27>
    var_110 = wp::atomic_add(var_bins, var_108, var_109);
    // wp.atomic_add(sums, b, key)                                                            <L 28>
    var_111 = wp::atomic_add(var_sums, var_108, var_87);
}



template <bool wp_linear_contiguous>
static void tag_cells_9d91add3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tag_cells_9d91add3 *_wp_args,
    wp_args_tag_cells_9d91add3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_bins = _wp_args->bins;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::int32> adj_bins = _wp_adj_args->bins;
    wp::array_t<wp::float32> adj_sums = _wp_adj_args->sums;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    const wp::int32 var_7 = 2;
    bool var_8;
    const wp::float32 var_9 = 0.5;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.5;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    const wp::float32 var_18 = 0.5;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::float32 var_21 = 0.0;
    wp::vec_t<4, wp::float32> var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 12;
    wp::int32 var_25;
    wp::range_t var_26;
    wp::int32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 1.5;
    const wp::float32 var_31 = 10.0;
    bool var_32;
    wp::float32 var_33;
    bool var_34;
    wp::uint32 var_35;
    wp::int32 var_36;
    wp::shape_t* var_37;
    const wp::int32 var_38 = 0;
    wp::int32 var_39;
    wp::shape_t var_40;
    wp::int32 var_41;
    wp::shape_t* var_42;
    const wp::int32 var_43 = 0;
    wp::int32 var_44;
    wp::shape_t var_45;
    wp::int32 var_46;
    wp::shape_t* var_47;
    const wp::int32 var_48 = 0;
    wp::int32 var_49;
    wp::shape_t var_50;
    wp::int32 var_51;
    wp::float32 var_52;
    const wp::float32 var_53 = 0.0;
    const wp::float32 var_54 = 1.0;
    const wp::float32 var_55 = 0.0;
    wp::vec_t<3, wp::float32> var_56;
    const wp::float32 var_57 = 10.0;
    wp::quat_t<wp::float32> var_58;
    wp::quat_t<wp::float32> var_59;
    wp::quat_t<wp::float32> var_60;
    wp::float32 var_61;
    wp::vec_t<4, wp::float32> var_62;
    wp::float32 var_63;
    wp::vec_t<4, wp::float32> var_64;
    wp::vec_t<4, wp::float32> var_65;
    wp::vec_t<4, wp::float32> var_66;
    wp::float32 var_67;
    wp::vec_t<3, wp::float32> var_68;
    const wp::float32 var_69 = 2.0;
    const wp::float32 var_70 = 0.5;
    const wp::float32 var_71 = 3.0;
    const wp::float32 var_72 = 10.0;
    const wp::float32 var_73 = 4.0;
    const wp::float32 var_74 = 2.0;
    const wp::float32 var_75 = 0.75;
    const wp::float32 var_76 = 1.5;
    const wp::float32 var_77 = 0.9;
    wp::mat_t<3, 3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    bool var_85;
    const wp::float32 var_86 = 0.0;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::shape_t* var_89;
    const wp::int32 var_90 = 0;
    wp::int32 var_91;
    wp::shape_t var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    wp::int32 var_95;
    wp::shape_t* var_96;
    const wp::int32 var_97 = 0;
    wp::int32 var_98;
    wp::shape_t var_99;
    wp::int32 var_100;
    const wp::int32 var_101 = 0;
    wp::shape_t* var_102;
    const wp::int32 var_103 = 0;
    wp::int32 var_104;
    wp::shape_t var_105;
    const wp::int32 var_106 = 1;
    wp::int32 var_107;
    wp::int32 var_108;
    const wp::int32 var_109 = 1;
    wp::int32 var_110;
    wp::float32 var_111;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<4, wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::range_t adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::float32 adj_33 = {};
    bool adj_34 = {};
    wp::uint32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::shape_t adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::shape_t adj_40 = {};
    wp::int32 adj_41 = {};
    wp::shape_t adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::shape_t adj_45 = {};
    wp::int32 adj_46 = {};
    wp::shape_t adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::shape_t adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::float32 adj_57 = {};
    wp::quat_t<wp::float32> adj_58 = {};
    wp::quat_t<wp::float32> adj_59 = {};
    wp::quat_t<wp::float32> adj_60 = {};
    wp::float32 adj_61 = {};
    wp::vec_t<4, wp::float32> adj_62 = {};
    wp::float32 adj_63 = {};
    wp::vec_t<4, wp::float32> adj_64 = {};
    wp::vec_t<4, wp::float32> adj_65 = {};
    wp::vec_t<4, wp::float32> adj_66 = {};
    wp::float32 adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::mat_t<3, 3, wp::float32> adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::vec_t<3, wp::float32> adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    bool adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::shape_t adj_89 = {};
    wp::int32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::shape_t adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::shape_t adj_96 = {};
    wp::int32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::shape_t adj_99 = {};
    wp::int32 adj_100 = {};
    wp::int32 adj_101 = {};
    wp::shape_t adj_102 = {};
    wp::int32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::shape_t adj_105 = {};
    wp::int32 adj_106 = {};
    wp::int32 adj_107 = {};
    wp::int32 adj_108 = {};
    wp::int32 adj_109 = {};
    wp::int32 adj_110 = {};
    wp::float32 adj_111 = {};
    //---------
    // forward
    // def tag_cells(values: wp.array(dtype=float), bins: wp.array(dtype=int), sums: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // value = values[tid]                                                                    <L 7>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // settled = float(value)                                                                 <L 8>
    var_4 = wp::float(var_2);
    // iters = int(0)                                                                         <L 9>
    var_6 = wp::int(var_5);
    // while iters < 2:                                                                       <L 10>
    // composed = wp.vec3(settled, value, float(0.5))                                         <L 13>
    var_19 = wp::float(var_18);
    var_20 = wp::vec_t<3, wp::float32>(var_4, var_2, var_19);
    // running = wp.vec4(0.0)                                                                 <L 14>
    var_22 = wp::vec_t<4, wp::float32>(var_21);
    // for k_2 in range(wp.min(wp.abs(tid), 12)):                                             <L 15>
    var_23 = wp::abs(var_0);
    var_25 = wp::min(var_23, var_24);
    var_26 = wp::range(var_25);
    // scale_2 = value                                                                        <L 22>
    var_67 = wp::copy(var_2);
    // radius_2 = wp.length(-composed - (wp.mat33(2.0, 0.5, 3.0, 10.0, 4.0, 2.0, 0.75, 1.5, 0.9) * composed))       <L 23>
    var_68 = wp::neg(var_20);
    var_78 = wp::mat_t<3, 3, wp::float32>(var_69, var_70, var_71, var_72, var_73, var_74, var_75, var_76, var_77);
    var_79 = wp::mul(var_78, var_20);
    var_80 = wp::sub(var_68, var_79);
    var_81 = wp::length(var_80);
    // raw = wp.length(running) + scale_2 + radius_2                                          <L 24>
    var_82 = wp::length(var_22);
    var_83 = wp::add(var_82, var_67);
    var_84 = wp::add(var_83, var_81);
    // key = wp.where(wp.isfinite(raw), raw, 0.0)                                             <L 25>
    var_85 = wp::isfinite(var_84);
    var_87 = wp::where(var_85, var_84, var_86);
    // b = wp.clamp(int(wp.abs(key) * float(bins.shape[0])) % bins.shape[0], 0, bins.shape[0] - 1)       <L 26>
    var_88 = wp::abs(var_87);
    var_89 = &(var_bins.shape);
    var_92 = wp::load(var_89);
    var_91 = wp::extract(var_92, var_90);
    var_93 = wp::float(var_91);
    var_94 = wp::mul(var_88, var_93);
    var_95 = wp::int(var_94);
    var_96 = &(var_bins.shape);
    var_99 = wp::load(var_96);
    var_98 = wp::extract(var_99, var_97);
    var_100 = wp::mod(var_95, var_98);
    var_102 = &(var_bins.shape);
    var_105 = wp::load(var_102);
    var_104 = wp::extract(var_105, var_103);
    var_107 = wp::sub(var_104, var_106);
    var_108 = wp::clamp(var_100, var_101, var_107);
    // wp.atomic_add(bins, b, 1)                                                              <L 27>
    // var_110 = wp::atomic_add(var_bins, var_108, var_109);
    // wp.atomic_add(sums, b, key)                                                            <L 28>
    // var_111 = wp::atomic_add(var_sums, var_108, var_87);
    //---------
    // reverse
    wp::adj_atomic_add(var_sums, var_108, var_87, adj_sums, adj_108, adj_87, adj_111);
    // adj: wp.atomic_add(sums, b, key)                                                       <L 28>
    wp::adj_atomic_add(var_bins, var_108, var_109, adj_bins, adj_108, adj_109, adj_110);
    // adj: wp.atomic_add(bins, b, 1)                                                         <L 27>
    wp::adj_clamp(var_100, var_101, var_107, adj_100, adj_101, adj_107, adj_108);
    wp::adj_sub(var_104, var_106, adj_104, adj_106, adj_107);
    adj_bins.shape = adj_102;
    wp::adj_mod(var_95, var_98, adj_95, adj_98, adj_100);
    adj_bins.shape = adj_96;
    wp::adj_mul(var_88, var_93, adj_88, adj_93, adj_94);
    wp::adj_float(var_91, adj_91, adj_93);
    adj_bins.shape = adj_89;
    wp::adj_abs(var_87, adj_87, adj_88);
    // adj: b = wp.clamp(int(wp.abs(key) * float(bins.shape[0])) % bins.shape[0], 0, bins.shape[0] - 1)  <L 26>
    wp::adj_where(var_85, var_84, var_86, adj_85, adj_84, adj_86, adj_87);
    // adj: key = wp.where(wp.isfinite(raw), raw, 0.0)                                        <L 25>
    wp::adj_add(var_83, var_81, adj_83, adj_81, adj_84);
    wp::adj_add(var_82, var_67, adj_82, adj_67, adj_83);
    wp::adj_length(var_22, var_82, adj_22, adj_82);
    // adj: raw = wp.length(running) + scale_2 + radius_2                                     <L 24>
    wp::adj_length(var_80, var_81, adj_80, adj_81);
    wp::adj_sub(var_68, var_79, adj_68, adj_79, adj_80);
    wp::adj_mul(var_78, var_20, adj_78, adj_20, adj_79);
    wp::adj_mat_t(var_69, var_70, var_71, var_72, var_73, var_74, var_75, var_76, var_77, adj_69, adj_70, adj_71, adj_72, adj_73, adj_74, adj_75, adj_76, adj_77, adj_78);
    wp::adj_neg(var_20, adj_20, adj_68);
    // adj: radius_2 = wp.length(-composed - (wp.mat33(2.0, 0.5, 3.0, 10.0, 4.0, 2.0, 0.75, 1.5, 0.9) * composed))  <L 23>
    wp::adj_copy(var_2, adj_2, adj_67);
    // adj: scale_2 = value                                                                   <L 22>
    var_26 = wp::iter_reverse(var_26);
    start_for_2:;
        if (iter_cmp(var_26) == 0) goto end_for_2;
        var_27 = wp::iter_next(var_26);
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
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
    	adj_45 = {};
    	adj_46 = {};
    	adj_47 = {};
    	adj_48 = {};
    	adj_49 = {};
    	adj_50 = {};
    	adj_51 = {};
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
    	adj_63 = {};
    	adj_64 = {};
    	adj_65 = {};
    	adj_66 = {};
        // if wp.clamp(value, -settled, settled) > (value if 1.5 < 10.0 else settled):        <L 16>
        var_28 = wp::neg(var_4);
        var_29 = wp::clamp(var_2, var_28, var_4);
        var_32 = (var_30 < var_31);
        if (var_32) {
        }
        if (!var_32) {
        }
        var_33 = wp::where(var_32, var_2, var_4);
        var_34 = (var_29 > var_33);
        if (var_34) {
            // wp.atomic_min(sums, ((int(wp.argmax(composed)) % sums.shape[0]) + sums.shape[0]) % sums.shape[0], settled)       <L 17>
            var_35 = wp::argmax(var_20);
            var_36 = wp::int(var_35);
            var_37 = &(var_sums.shape);
            var_40 = wp::load(var_37);
            var_39 = wp::extract(var_40, var_38);
            var_41 = wp::mod(var_36, var_39);
            var_42 = &(var_sums.shape);
            var_45 = wp::load(var_42);
            var_44 = wp::extract(var_45, var_43);
            var_46 = wp::add(var_41, var_44);
            var_47 = &(var_sums.shape);
            var_50 = wp::load(var_47);
            var_49 = wp::extract(var_50, var_48);
            var_51 = wp::mod(var_46, var_49);
            // var_52 = wp::atomic_min(var_sums, var_51, var_4);
            // response = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 10.0)               <L 18>
            var_56 = wp::vec_t<3, wp::float32>(var_53, var_54, var_55);
            var_58 = wp::quat_from_axis_angle(var_56, var_57);
        }
        if (!var_34) {
            // response = wp.quat_identity()                                                  <L 20>
            var_59 = wp::quat_identity<wp::float32>();
        }
        var_60 = wp::where(var_34, var_58, var_59);
        // running += wp.vec4(float(k_2)) + wp.vec4(wp.length(response))                      <L 21>
        var_61 = wp::float(var_27);
        var_62 = wp::vec_t<4, wp::float32>(var_61);
        var_63 = wp::length(var_60);
        var_64 = wp::vec_t<4, wp::float32>(var_63);
        var_65 = wp::add(var_62, var_64);
        var_66 = wp::add(var_22, var_65);
        wp::assign(var_22, var_66);
        wp::adj_assign(var_22, var_66, adj_22, adj_66);
        wp::adj_add(var_22, var_65, adj_22, adj_65, adj_66);
        wp::adj_add(var_62, var_64, adj_62, adj_64, adj_65);
        wp::adj_vec_t(var_63, adj_63, adj_64);
        wp::adj_length(var_60, var_63, adj_60, adj_63);
        wp::adj_vec_t(var_61, adj_61, adj_62);
        wp::adj_float(var_27, adj_27, adj_61);
        // adj: running += wp.vec4(float(k_2)) + wp.vec4(wp.length(response))                 <L 21>
        wp::adj_where(var_34, var_58, var_59, adj_34, adj_58, adj_59, adj_60);
        if (!var_34) {
            // adj: response = wp.quat_identity()                                             <L 20>
        }
        if (var_34) {
            wp::adj_quat_from_axis_angle(var_56, var_57, adj_56, adj_57, adj_58);
            wp::adj_vec_t(var_53, var_54, var_55, adj_53, adj_54, adj_55, adj_56);
            // adj: response = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 10.0)          <L 18>
            wp::adj_atomic_min(var_sums, var_51, var_4, adj_sums, adj_51, adj_4, adj_52);
            wp::adj_mod(var_46, var_49, adj_46, adj_49, adj_51);
            adj_sums.shape = adj_47;
            wp::adj_add(var_41, var_44, adj_41, adj_44, adj_46);
            adj_sums.shape = adj_42;
            wp::adj_mod(var_36, var_39, adj_36, adj_39, adj_41);
            adj_sums.shape = adj_37;
            // adj: wp.atomic_min(sums, ((int(wp.argmax(composed)) % sums.shape[0]) + sums.shape[0]) % sums.shape[0], settled)  <L 17>
        }
        wp::adj_where(var_32, var_2, var_4, adj_32, adj_2, adj_4, adj_33);
        if (!var_32) {
        }
        if (var_32) {
        }
        wp::adj_clamp(var_2, var_28, var_4, adj_2, adj_28, adj_4, adj_29);
        wp::adj_neg(var_4, adj_4, adj_28);
        // adj: if wp.clamp(value, -settled, settled) > (value if 1.5 < 10.0 else settled):   <L 16>
    	goto start_for_2;
    end_for_2:;
    wp::adj_min(var_23, var_24, adj_23, adj_24, adj_25);
    wp::adj_abs(var_0, adj_0, adj_23);
    // adj: for k_2 in range(wp.min(wp.abs(tid), 12)):                                        <L 15>
    wp::adj_vec_t(var_21, adj_21, adj_22);
    // adj: running = wp.vec4(0.0)                                                            <L 14>
    wp::adj_vec_t(var_4, var_2, var_19, adj_4, adj_2, adj_19, adj_20);
    wp::adj_float(var_18, adj_18, adj_19);
    // adj: composed = wp.vec3(settled, value, float(0.5))                                    <L 13>
    start_while_0:;
    var_8 = (var_6 < var_7);
    if ((var_8) == false) goto end_while_0;
    adj_9 = {};
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
    adj_14 = {};
    adj_15 = {};
    adj_16 = {};
    adj_17 = {};
        // settled = 0.5 * settled + 0.5 * wp.tanh(float(iters))                              <L 11>
        var_10 = wp::mul(var_9, var_4);
        var_12 = wp::float(var_6);
        var_13 = wp::tanh(var_12);
        var_14 = wp::mul(var_11, var_13);
        var_15 = wp::add(var_10, var_14);
        // iters += 1                                                                         <L 12>
        var_17 = wp::add(var_6, var_16);
        wp::assign(var_4, var_15);
        wp::assign(var_6, var_17);
        wp::adj_assign(var_6, var_17, adj_6, adj_17);
        wp::adj_assign(var_4, var_15, adj_4, adj_15);
        wp::adj_add(var_6, var_16, adj_6, adj_16, adj_17);
        // adj: iters += 1                                                                    <L 12>
        wp::adj_add(var_10, var_14, adj_10, adj_14, adj_15);
        wp::adj_mul(var_11, var_13, adj_11, adj_13, adj_14);
        wp::adj_tanh(var_12, var_13, adj_12, adj_13);
        wp::adj_float(var_6, adj_6, adj_12);
        wp::adj_mul(var_9, var_4, adj_9, adj_4, adj_10);
        // adj: settled = 0.5 * settled + 0.5 * wp.tanh(float(iters))                         <L 11>
    goto start_while_0;
    end_while_0:;
    // adj: while iters < 2:                                                                  <L 10>
    // adj: iters = int(0)                                                                    <L 9>
    wp::adj_float(var_2, adj_2, adj_4);
    // adj: settled = float(value)                                                            <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: value = values[tid]                                                               <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def tag_cells(values: wp.array(dtype=float), bins: wp.array(dtype=int), sums: wp.array(dtype=float)):  <L 5>
    return;
}



struct tag_cells_9d91add3_cpu_block_payload_forward
{
    wp_args_tag_cells_9d91add3* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void tag_cells_9d91add3_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    tag_cells_9d91add3_cpu_block_payload_forward* payload = (tag_cells_9d91add3_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    tag_cells_9d91add3_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void tag_cells_9d91add3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tag_cells_9d91add3 *_wp_args)
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
        tag_cells_9d91add3_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &tag_cells_9d91add3_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct tag_cells_9d91add3_cpu_block_payload_backward
{
    wp_args_tag_cells_9d91add3* args;
    wp_args_tag_cells_9d91add3* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void tag_cells_9d91add3_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    tag_cells_9d91add3_cpu_block_payload_backward* payload = (tag_cells_9d91add3_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    tag_cells_9d91add3_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void tag_cells_9d91add3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tag_cells_9d91add3 *_wp_args,
    wp_args_tag_cells_9d91add3 *_wp_adj_args)
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
        tag_cells_9d91add3_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &tag_cells_9d91add3_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

