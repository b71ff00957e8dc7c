// Warp 1.19.0 cpu code for accumulate_springs_ec47db40.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_accumulate_springs_ec425094 {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<2, wp::int32>> springs;
    wp::array_t<wp::float32> rest_lengths;
    wp::float32 stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void accumulate_springs_ec425094_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_springs_ec425094 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<2, wp::int32>> var_springs = _wp_args->springs;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::vec_t<2, wp::int32>* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::vec_t<2, wp::int32> var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::vec_t<2, wp::int32>* var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::vec_t<2, wp::int32> var_16;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 0.0;
    wp::vec_t<3, wp::float64> var_33;
    const wp::float64 var_34 = 0.0;
    wp::int32 var_35;
    const wp::int32 var_36 = 12;
    wp::int32 var_37;
    wp::range_t var_38;
    wp::int32 var_39;
    const wp::float32 var_40 = 0.0;
    wp::float32 var_41;
    wp::int32 var_42;
    const wp::int32 var_43 = 12;
    wp::int32 var_44;
    wp::range_t var_45;
    wp::int32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    bool var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float64 var_56;
    wp::vec_t<3, wp::float64> var_57;
    wp::float64 var_58;
    wp::vec_t<3, wp::float64> var_59;
    wp::vec_t<3, wp::float64> var_60;
    wp::vec_t<3, wp::float64> var_61;
    const wp::float32 var_62 = 4.0;
    wp::float32 var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::mat_t<3, 3, wp::float32> var_65;
    wp::mat_t<3, 3, wp::float32> var_66;
    wp::mat_t<3, 3, wp::float32> var_67;
    const wp::int32 var_68 = 3;
    wp::mat_t<3, 3, wp::float32> var_69;
    wp::mat_t<3, 3, wp::float32> var_70;
    wp::mat_t<3, 3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    const wp::float32 var_73 = 0.9;
    wp::float32 var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 0;
    wp::float64 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::vec_t<3, wp::float32> var_90;
    wp::vec_t<3, wp::float32> var_91;
    wp::vec_t<3, wp::float32> var_92;
    wp::vec_t<3, wp::float32> var_93;
    //---------
    // forward
    // def accumulate_springs(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // n = positions.shape[0]                                                                 <L 13>
    var_1 = &(var_positions.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // a = wp.clamp(springs[tid][0], 0, n - 1)                                                <L 14>
    var_5 = wp::address(var_springs, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_11 = wp::sub(var_3, var_10);
    var_12 = wp::clamp(var_7, var_9, var_11);
    // b = wp.clamp(springs[tid][1], 0, n - 1)                                                <L 15>
    var_13 = wp::address(var_springs, var_0);
    var_16 = wp::load(var_13);
    var_15 = wp::extract(var_16, var_14);
    var_19 = wp::sub(var_3, var_18);
    var_20 = wp::clamp(var_15, var_17, var_19);
    // xa = positions[a]                                                                      <L 16>
    var_21 = wp::address(var_positions, var_12);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // xb = positions[b]                                                                      <L 17>
    var_24 = wp::address(var_positions, var_20);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // rest = rest_lengths[tid]                                                               <L 18>
    var_27 = wp::address(var_rest_lengths, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // delta = xb - xa                                                                        <L 19>
    var_30 = wp::sub(var_25, var_22);
    // length = wp.length(delta)                                                              <L 20>
    var_31 = wp::length(var_30);
    // total_2 = wp.vec3d(0.0)                                                                <L 21>
    var_33 = wp::vec_t<3, wp::float64>(var_34);
    // for k_2 in range(wp.min(wp.abs(tid), 12)):                                             <L 22>
    var_35 = wp::abs(var_0);
    var_37 = wp::min(var_35, var_36);
    var_38 = wp::range(var_37);
    start_for_0:;
        if (iter_cmp(var_38) == 0) goto end_for_0;
        var_39 = wp::iter_next(var_38);
        // budget = float(0.0)                                                                <L 23>
        var_41 = wp::float(var_40);
        // for step in range(wp.min(wp.abs(tid), 12)):                                        <L 24>
        var_42 = wp::abs(var_0);
        var_44 = wp::min(var_42, var_43);
        var_45 = wp::range(var_44);
        start_for_2:;
            if (iter_cmp(var_45) == 0) goto end_for_2;
            var_46 = wp::iter_next(var_45);
            // dist = wp.length(xb - xa)                                                      <L 25>
            var_47 = wp::sub(var_25, var_22);
            var_48 = wp::length(var_47);
            // budget += wp.abs(float(step) + dist)                                           <L 26>
            var_49 = wp::float(var_46);
            var_50 = wp::add(var_49, var_48);
            var_51 = wp::abs(var_50);
            var_52 = wp::add(var_41, var_51);
            // if budget > stiffness:                                                         <L 27>
            var_53 = (var_52 > var_stiffness);
            if (var_53) {
                // break                                                                      <L 28>
                wp::assign(var_41, var_52);
                goto end_for_2;
            }
            var_54 = wp::where(var_53, var_41, var_52);
            wp::assign(var_41, var_54);
            goto start_for_2;
        end_for_2:;
        // total_2 += wp.vec3d(wp.float64(float(k_2))) + wp.vec3d(wp.float64(budget))         <L 29>
        var_55 = wp::float(var_39);
        var_56 = wp::float64(var_55);
        var_57 = wp::vec_t<3, wp::float64>(var_56);
        var_58 = wp::float64(var_41);
        var_59 = wp::vec_t<3, wp::float64>(var_58);
        var_60 = wp::add(var_57, var_59);
        var_61 = wp::add(var_33, var_60);
        wp::assign(var_33, var_61);
        goto start_for_0;
    end_for_0:;
    // triple = wp.vec3(rest, stiffness, float(4.0))                                          <L 30>
    var_63 = wp::float(var_62);
    var_64 = wp::vec_t<3, wp::float32>(var_28, var_stiffness, var_63);
    // q_factor = wp.mat33()                                                                  <L 31>
    var_65 = wp::mat_t<3, 3, wp::float32>();
    // r_2 = wp.mat33()                                                                       <L 32>
    var_66 = wp::mat_t<3, 3, wp::float32>();
    // wp.qr3(wp.skew(xa) - wp.identity(n=3, dtype=float), q_factor, r_2)                     <L 33>
    var_67 = wp::skew(var_22);
    var_69 = wp::identity<3, wp::float32>();
    var_70 = wp::sub(var_67, var_69);
    wp::qr3(var_70, var_65, var_66);
    // r_factor = q_factor * r_2                                                              <L 34>
    var_71 = wp::mul(var_65, var_66);
    // span = xb                                                                              <L 35>
    var_72 = wp::copy(var_25);
    // composed = wp.vec3(stiffness, rest, float(0.9))                                        <L 36>
    var_74 = wp::float(var_73);
    var_75 = wp::vec_t<3, wp::float32>(var_stiffness, var_28, var_74);
    // magnitude = stiffness * (length - rest) + (float(total_2[0]) + wp.length(triple) + wp.determinant(r_factor) + wp.length(span) + wp.length(composed))       <L 37>
    var_76 = wp::sub(var_31, var_28);
    var_77 = wp::mul(var_stiffness, var_76);
    var_79 = wp::extract(var_33, var_78);
    var_80 = wp::float(var_79);
    var_81 = wp::length(var_64);
    var_82 = wp::add(var_80, var_81);
    var_83 = wp::determinant(var_71);
    var_84 = wp::add(var_82, var_83);
    var_85 = wp::length(var_72);
    var_86 = wp::add(var_84, var_85);
    var_87 = wp::length(var_75);
    var_88 = wp::add(var_86, var_87);
    var_89 = wp::add(var_77, var_88);
    // f = wp.normalize(delta) * magnitude                                                    <L 38>
    var_90 = wp::normalize(var_30);
    var_91 = wp::mul(var_90, var_89);
    // wp.atomic_add(forces, a, f)                                                            <L 39>
    var_92 = wp::atomic_add(var_forces, var_12, var_91);
    // wp.atomic_sub(forces, b, f)                                                            <L 40>
    var_93 = wp::atomic_sub(var_forces, var_20, var_91);
}



template <bool wp_linear_contiguous>
static void accumulate_springs_ec425094_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_springs_ec425094 *_wp_args,
    wp_args_accumulate_springs_ec425094 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<2, wp::int32>> var_springs = _wp_args->springs;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_springs = _wp_adj_args->springs;
    wp::array_t<wp::float32> adj_rest_lengths = _wp_adj_args->rest_lengths;
    wp::float32 adj_stiffness = _wp_adj_args->stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::vec_t<2, wp::int32>* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::vec_t<2, wp::int32> var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::vec_t<2, wp::int32>* var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::vec_t<2, wp::int32> var_16;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 0.0;
    wp::vec_t<3, wp::float64> var_33;
    const wp::float64 var_34 = 0.0;
    wp::int32 var_35;
    const wp::int32 var_36 = 12;
    wp::int32 var_37;
    wp::range_t var_38;
    wp::int32 var_39;
    const wp::float32 var_40 = 0.0;
    wp::float32 var_41;
    wp::int32 var_42;
    const wp::int32 var_43 = 12;
    wp::int32 var_44;
    wp::range_t var_45;
    wp::int32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    bool var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float64 var_56;
    wp::vec_t<3, wp::float64> var_57;
    wp::float64 var_58;
    wp::vec_t<3, wp::float64> var_59;
    wp::vec_t<3, wp::float64> var_60;
    wp::vec_t<3, wp::float64> var_61;
    const wp::float32 var_62 = 4.0;
    wp::float32 var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::mat_t<3, 3, wp::float32> var_65;
    wp::mat_t<3, 3, wp::float32> var_66;
    wp::mat_t<3, 3, wp::float32> var_67;
    const wp::int32 var_68 = 3;
    wp::mat_t<3, 3, wp::float32> var_69;
    wp::mat_t<3, 3, wp::float32> var_70;
    wp::mat_t<3, 3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    const wp::float32 var_73 = 0.9;
    wp::float32 var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 0;
    wp::float64 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::vec_t<3, wp::float32> var_90;
    wp::vec_t<3, wp::float32> var_91;
    wp::vec_t<3, wp::float32> var_92;
    wp::vec_t<3, wp::float32> var_93;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::vec_t<2, wp::int32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<2, wp::int32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::vec_t<2, wp::int32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::vec_t<2, wp::int32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float64> adj_33 = {};
    wp::float64 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::range_t adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::range_t adj_45 = {};
    wp::int32 adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    bool adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float64 adj_56 = {};
    wp::vec_t<3, wp::float64> adj_57 = {};
    wp::float64 adj_58 = {};
    wp::vec_t<3, wp::float64> adj_59 = {};
    wp::vec_t<3, wp::float64> adj_60 = {};
    wp::vec_t<3, wp::float64> adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::mat_t<3, 3, wp::float32> adj_65 = {};
    wp::mat_t<3, 3, wp::float32> adj_66 = {};
    wp::mat_t<3, 3, wp::float32> adj_67 = {};
    wp::int32 adj_68 = {};
    wp::mat_t<3, 3, wp::float32> adj_69 = {};
    wp::mat_t<3, 3, wp::float32> adj_70 = {};
    wp::mat_t<3, 3, wp::float32> adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::float64 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::vec_t<3, wp::float32> adj_90 = {};
    wp::vec_t<3, wp::float32> adj_91 = {};
    wp::vec_t<3, wp::float32> adj_92 = {};
    wp::vec_t<3, wp::float32> adj_93 = {};
    //---------
    // forward
    // def accumulate_springs(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // n = positions.shape[0]                                                                 <L 13>
    var_1 = &(var_positions.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // a = wp.clamp(springs[tid][0], 0, n - 1)                                                <L 14>
    var_5 = wp::address(var_springs, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_11 = wp::sub(var_3, var_10);
    var_12 = wp::clamp(var_7, var_9, var_11);
    // b = wp.clamp(springs[tid][1], 0, n - 1)                                                <L 15>
    var_13 = wp::address(var_springs, var_0);
    var_16 = wp::load(var_13);
    var_15 = wp::extract(var_16, var_14);
    var_19 = wp::sub(var_3, var_18);
    var_20 = wp::clamp(var_15, var_17, var_19);
    // xa = positions[a]                                                                      <L 16>
    var_21 = wp::address(var_positions, var_12);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // xb = positions[b]                                                                      <L 17>
    var_24 = wp::address(var_positions, var_20);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // rest = rest_lengths[tid]                                                               <L 18>
    var_27 = wp::address(var_rest_lengths, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // delta = xb - xa                                                                        <L 19>
    var_30 = wp::sub(var_25, var_22);
    // length = wp.length(delta)                                                              <L 20>
    var_31 = wp::length(var_30);
    // total_2 = wp.vec3d(0.0)                                                                <L 21>
    var_33 = wp::vec_t<3, wp::float64>(var_34);
    // for k_2 in range(wp.min(wp.abs(tid), 12)):                                             <L 22>
    var_35 = wp::abs(var_0);
    var_37 = wp::min(var_35, var_36);
    var_38 = wp::range(var_37);
    // triple = wp.vec3(rest, stiffness, float(4.0))                                          <L 30>
    var_63 = wp::float(var_62);
    var_64 = wp::vec_t<3, wp::float32>(var_28, var_stiffness, var_63);
    // q_factor = wp.mat33()                                                                  <L 31>
    var_65 = wp::mat_t<3, 3, wp::float32>();
    // r_2 = wp.mat33()                                                                       <L 32>
    var_66 = wp::mat_t<3, 3, wp::float32>();
    // wp.qr3(wp.skew(xa) - wp.identity(n=3, dtype=float), q_factor, r_2)                     <L 33>
    var_67 = wp::skew(var_22);
    var_69 = wp::identity<3, wp::float32>();
    var_70 = wp::sub(var_67, var_69);
    wp::qr3(var_70, var_65, var_66);
    // r_factor = q_factor * r_2                                                              <L 34>
    var_71 = wp::mul(var_65, var_66);
    // span = xb                                                                              <L 35>
    var_72 = wp::copy(var_25);
    // composed = wp.vec3(stiffness, rest, float(0.9))                                        <L 36>
    var_74 = wp::float(var_73);
    var_75 = wp::vec_t<3, wp::float32>(var_stiffness, var_28, var_74);
    // magnitude = stiffness * (length - rest) + (float(total_2[0]) + wp.length(triple) + wp.determinant(r_factor) + wp.length(span) + wp.length(composed))       <L 37>
    var_76 = wp::sub(var_31, var_28);
    var_77 = wp::mul(var_stiffness, var_76);
    var_79 = wp::extract(var_33, var_78);
    var_80 = wp::float(var_79);
    var_81 = wp::length(var_64);
    var_82 = wp::add(var_80, var_81);
    var_83 = wp::determinant(var_71);
    var_84 = wp::add(var_82, var_83);
    var_85 = wp::length(var_72);
    var_86 = wp::add(var_84, var_85);
    var_87 = wp::length(var_75);
    var_88 = wp::add(var_86, var_87);
    var_89 = wp::add(var_77, var_88);
    // f = wp.normalize(delta) * magnitude                                                    <L 38>
    var_90 = wp::normalize(var_30);
    var_91 = wp::mul(var_90, var_89);
    // wp.atomic_add(forces, a, f)                                                            <L 39>
    // var_92 = wp::atomic_add(var_forces, var_12, var_91);
    // wp.atomic_sub(forces, b, f)                                                            <L 40>
    // var_93 = wp::atomic_sub(var_forces, var_20, var_91);
    //---------
    // reverse
    wp::adj_atomic_sub(var_forces, var_20, var_91, adj_forces, adj_20, adj_91, adj_93);
    // adj: wp.atomic_sub(forces, b, f)                                                       <L 40>
    wp::adj_atomic_add(var_forces, var_12, var_91, adj_forces, adj_12, adj_91, adj_92);
    // adj: wp.atomic_add(forces, a, f)                                                       <L 39>
    wp::adj_mul(var_90, var_89, adj_90, adj_89, adj_91);
    wp::adj_normalize(var_30, var_90, adj_30, adj_90);
    // adj: f = wp.normalize(delta) * magnitude                                               <L 38>
    wp::adj_add(var_77, var_88, adj_77, adj_88, adj_89);
    wp::adj_add(var_86, var_87, adj_86, adj_87, adj_88);
    wp::adj_length(var_75, var_87, adj_75, adj_87);
    wp::adj_add(var_84, var_85, adj_84, adj_85, adj_86);
    wp::adj_length(var_72, var_85, adj_72, adj_85);
    wp::adj_add(var_82, var_83, adj_82, adj_83, adj_84);
    wp::adj_determinant(var_71, adj_71, adj_83);
    wp::adj_add(var_80, var_81, adj_80, adj_81, adj_82);
    wp::adj_length(var_64, var_81, adj_64, adj_81);
    wp::adj_float(var_79, adj_79, adj_80);
    wp::adj_extract(var_33, var_78, adj_33, adj_78, adj_79);
    wp::adj_mul(var_stiffness, var_76, adj_stiffness, adj_76, adj_77);
    wp::adj_sub(var_31, var_28, adj_31, adj_28, adj_76);
    // adj: magnitude = stiffness * (length - rest) + (float(total_2[0]) + wp.length(triple) + wp.determinant(r_factor) + wp.length(span) + wp.length(composed))  <L 37>
    wp::adj_vec_t(var_stiffness, var_28, var_74, adj_stiffness, adj_28, adj_74, adj_75);
    wp::adj_float(var_73, adj_73, adj_74);
    // adj: composed = wp.vec3(stiffness, rest, float(0.9))                                   <L 36>
    wp::adj_copy(var_25, adj_25, adj_72);
    // adj: span = xb                                                                         <L 35>
    wp::adj_mul(var_65, var_66, adj_65, adj_66, adj_71);
    // adj: r_factor = q_factor * r_2                                                         <L 34>
    wp::adj_qr3(var_70, var_65, var_66, adj_70, adj_65, adj_66);
    wp::adj_sub(var_67, var_69, adj_67, adj_69, adj_70);
    wp::adj_skew(var_22, adj_22, adj_67);
    // adj: wp.qr3(wp.skew(xa) - wp.identity(n=3, dtype=float), q_factor, r_2)                <L 33>
    // adj: r_2 = wp.mat33()                                                                  <L 32>
    // adj: q_factor = wp.mat33()                                                             <L 31>
    wp::adj_vec_t(var_28, var_stiffness, var_63, adj_28, adj_stiffness, adj_63, adj_64);
    wp::adj_float(var_62, adj_62, adj_63);
    // adj: triple = wp.vec3(rest, stiffness, float(4.0))                                     <L 30>
    var_38 = wp::iter_reverse(var_38);
    start_for_0:;
        if (iter_cmp(var_38) == 0) goto end_for_0;
        var_39 = wp::iter_next(var_38);
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
        // budget = float(0.0)                                                                <L 23>
        var_41 = wp::float(var_40);
        // for step in range(wp.min(wp.abs(tid), 12)):                                        <L 24>
        var_42 = wp::abs(var_0);
        var_44 = wp::min(var_42, var_43);
        var_45 = wp::range(var_44);
        // total_2 += wp.vec3d(wp.float64(float(k_2))) + wp.vec3d(wp.float64(budget))         <L 29>
        var_55 = wp::float(var_39);
        var_56 = wp::float64(var_55);
        var_57 = wp::vec_t<3, wp::float64>(var_56);
        var_58 = wp::float64(var_41);
        var_59 = wp::vec_t<3, wp::float64>(var_58);
        var_60 = wp::add(var_57, var_59);
        var_61 = wp::add(var_33, var_60);
        wp::assign(var_33, var_61);
        wp::adj_assign(var_33, var_61, adj_33, adj_61);
        wp::adj_add(var_33, var_60, adj_33, adj_60, adj_61);
        wp::adj_add(var_57, var_59, adj_57, adj_59, adj_60);
        wp::adj_vec_t(var_58, adj_58, adj_59);
        wp::adj_float64(var_41, adj_41, adj_58);
        wp::adj_vec_t(var_56, adj_56, adj_57);
        wp::adj_float64(var_55, adj_55, adj_56);
        wp::adj_float(var_39, adj_39, adj_55);
        // adj: total_2 += wp.vec3d(wp.float64(float(k_2))) + wp.vec3d(wp.float64(budget))    <L 29>
        var_45 = wp::iter_reverse(var_45);
        start_for_2:;
            if (iter_cmp(var_45) == 0) goto end_for_2;
            var_46 = wp::iter_next(var_45);
        	adj_47 = {};
        	adj_48 = {};
        	adj_49 = {};
        	adj_50 = {};
        	adj_51 = {};
        	adj_52 = {};
        	adj_53 = {};
        	adj_54 = {};
            // dist = wp.length(xb - xa)                                                      <L 25>
            var_47 = wp::sub(var_25, var_22);
            var_48 = wp::length(var_47);
            // budget += wp.abs(float(step) + dist)                                           <L 26>
            var_49 = wp::float(var_46);
            var_50 = wp::add(var_49, var_48);
            var_51 = wp::abs(var_50);
            var_52 = wp::add(var_41, var_51);
            // if budget > stiffness:                                                         <L 27>
            var_53 = (var_52 > var_stiffness);
            if (var_53) {
                // break                                                                      <L 28>
                wp::assign(var_41, var_52);
                goto end_for_2;
            }
            var_54 = wp::where(var_53, var_41, var_52);
            wp::assign(var_41, var_54);
            wp::adj_assign(var_41, var_54, adj_41, adj_54);
            wp::adj_where(var_53, var_41, var_52, adj_53, adj_41, adj_52, adj_54);
            if (var_53) {
                wp::adj_assign(var_41, var_52, adj_41, adj_52);
                // adj: break                                                                 <L 28>
            }
            // adj: if budget > stiffness:                                                    <L 27>
            wp::adj_add(var_41, var_51, adj_41, adj_51, adj_52);
            wp::adj_abs(var_50, adj_50, adj_51);
            wp::adj_add(var_49, var_48, adj_49, adj_48, adj_50);
            wp::adj_float(var_46, adj_46, adj_49);
            // adj: budget += wp.abs(float(step) + dist)                                      <L 26>
            wp::adj_length(var_47, var_48, adj_47, adj_48);
            wp::adj_sub(var_25, var_22, adj_25, adj_22, adj_47);
            // adj: dist = wp.length(xb - xa)                                                 <L 25>
        	goto start_for_2;
        end_for_2:;
        wp::adj_min(var_42, var_43, adj_42, adj_43, adj_44);
        wp::adj_abs(var_0, adj_0, adj_42);
        // adj: for step in range(wp.min(wp.abs(tid), 12)):                                   <L 24>
        wp::adj_float(var_40, adj_40, adj_41);
        // adj: budget = float(0.0)                                                           <L 23>
    	goto start_for_0;
    end_for_0:;
    wp::adj_min(var_35, var_36, adj_35, adj_36, adj_37);
    wp::adj_abs(var_0, adj_0, adj_35);
    // adj: for k_2 in range(wp.min(wp.abs(tid), 12)):                                        <L 22>
    wp::adj_vec_t(var_34, adj_34, adj_33);
    // adj: total_2 = wp.vec3d(0.0)                                                           <L 21>
    wp::adj_length(var_30, var_31, adj_30, adj_31);
    // adj: length = wp.length(delta)                                                         <L 20>
    wp::adj_sub(var_25, var_22, adj_25, adj_22, adj_30);
    // adj: delta = xb - xa                                                                   <L 19>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_rest_lengths, var_0, adj_rest_lengths, adj_0, adj_27);
    // adj: rest = rest_lengths[tid]                                                          <L 18>
    wp::adj_copy(var_26, adj_24, adj_25);
    wp::adj_address(var_positions, var_20, adj_positions, adj_20, adj_24);
    // adj: xb = positions[b]                                                                 <L 17>
    wp::adj_copy(var_23, adj_21, adj_22);
    wp::adj_address(var_positions, var_12, adj_positions, adj_12, adj_21);
    // adj: xa = positions[a]                                                                 <L 16>
    wp::adj_clamp(var_15, var_17, var_19, adj_15, adj_17, adj_19, adj_20);
    wp::adj_sub(var_3, var_18, adj_3, adj_18, adj_19);
    wp::adj_extract(var_16, var_14, adj_13, adj_14, adj_15);
    wp::adj_address(var_springs, var_0, adj_springs, adj_0, adj_13);
    // adj: b = wp.clamp(springs[tid][1], 0, n - 1)                                           <L 15>
    wp::adj_clamp(var_7, var_9, var_11, adj_7, adj_9, adj_11, adj_12);
    wp::adj_sub(var_3, var_10, adj_3, adj_10, adj_11);
    wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
    wp::adj_address(var_springs, var_0, adj_springs, adj_0, adj_5);
    // adj: a = wp.clamp(springs[tid][0], 0, n - 1)                                           <L 14>
    adj_positions.shape = adj_1;
    // adj: n = positions.shape[0]                                                            <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def accumulate_springs(                                                           <L 5>
    return;
}



struct accumulate_springs_ec425094_cpu_block_payload_forward
{
    wp_args_accumulate_springs_ec425094* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_springs_ec425094_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_springs_ec425094_cpu_block_payload_forward* payload = (accumulate_springs_ec425094_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_springs_ec425094_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void accumulate_springs_ec425094_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_springs_ec425094 *_wp_args)
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
        accumulate_springs_ec425094_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_springs_ec425094_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct accumulate_springs_ec425094_cpu_block_payload_backward
{
    wp_args_accumulate_springs_ec425094* args;
    wp_args_accumulate_springs_ec425094* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_springs_ec425094_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_springs_ec425094_cpu_block_payload_backward* payload = (accumulate_springs_ec425094_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_springs_ec425094_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void accumulate_springs_ec425094_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_springs_ec425094 *_wp_args,
    wp_args_accumulate_springs_ec425094 *_wp_adj_args)
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
        accumulate_springs_ec425094_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_springs_ec425094_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

