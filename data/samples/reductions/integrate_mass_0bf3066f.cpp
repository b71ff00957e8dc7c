// Warp 1.19.0 cpu code for integrate_mass_0bf3066f.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_integrate_mass_08f374b9 {
    wp::array_t<wp::vec_t<3, wp::float32>> samples;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::float32> total;
    wp::array_t<wp::float32> peak;
};


template <bool wp_linear_contiguous>
static void integrate_mass_08f374b9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_mass_08f374b9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::float32> var_peak = _wp_args->peak;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 16;
    wp::int32 var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    const wp::int32 var_15 = 2;
    wp::range_t var_16;
    wp::int32 var_17;
    const wp::float32 var_18 = 4.0;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::shape_t* var_27;
    const wp::int32 var_28 = 0;
    wp::int32 var_29;
    wp::shape_t var_30;
    wp::int32 var_31;
    wp::shape_t* var_32;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    wp::shape_t var_35;
    wp::int32 var_36;
    wp::shape_t* var_37;
    const wp::int32 var_38 = 0;
    wp::int32 var_39;
    wp::shape_t var_40;
    wp::int32 var_41;
    wp::vec_t<3, wp::float32>* var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::shape_t* var_45;
    const wp::int32 var_46 = 0;
    wp::int32 var_47;
    wp::shape_t var_48;
    wp::int32 var_49;
    wp::shape_t* var_50;
    const wp::int32 var_51 = 0;
    wp::int32 var_52;
    wp::shape_t var_53;
    wp::int32 var_54;
    wp::shape_t* var_55;
    const wp::int32 var_56 = 0;
    wp::int32 var_57;
    wp::shape_t var_58;
    wp::int32 var_59;
    wp::float32 var_60;
    const wp::float32 var_61 = 0.0;
    wp::float32 var_62;
    const wp::int32 var_63 = 4;
    const wp::int32 var_64 = 2;
    wp::int32 var_65;
    const wp::int32 var_66 = 1;
    const wp::int32 var_67 = 2;
    wp::range_t var_68;
    wp::int32 var_69;
    const wp::int32 var_70 = 2;
    wp::mat_t<2, 2, wp::float32> var_71;
    wp::float32 var_72;
    wp::mat_t<2, 2, wp::float32> var_73;
    const wp::int32 var_74 = 2;
    wp::mat_t<2, 2, wp::float32> var_75;
    wp::mat_t<2, 2, wp::float32> var_76;
    wp::mat_t<2, 2, wp::float32> var_77;
    wp::mat_t<2, 2, wp::float32> var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    const wp::int32 var_89 = 0;
    wp::float32 var_90;
    const wp::int32 var_91 = 0;
    wp::float32 var_92;
    //---------
    // forward
    // def integrate_mass(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // sample = samples[tid]                                                                  <L 7>
    var_1 = wp::address(var_samples, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // weight = weights[tid]                                                                  <L 8>
    var_4 = wp::address(var_weights, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // series = float(0.0)                                                                    <L 9>
    var_8 = wp::float(var_7);
    // for s_2 in range(1, wp.min(wp.abs(tid), 16) * 2, 2):                                   <L 10>
    var_9 = wp::abs(var_0);
    var_11 = wp::min(var_9, var_10);
    var_13 = wp::mul(var_11, var_12);
    var_16 = wp::range(var_14, var_13, var_15);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
        // normal = wp.vec2(4.0) * weight                                                     <L 11>
        var_19 = wp::vec_t<2, wp::float32>(var_18);
        var_20 = wp::mul(var_19, var_5);
        // series += (float(s_2) + wp.length(normal)) / float(s_2)                            <L 12>
        var_21 = wp::float(var_17);
        var_22 = wp::length(var_20);
        var_23 = wp::add(var_21, var_22);
        var_24 = wp::float(var_17);
        var_25 = wp::div(var_23, var_24);
        var_26 = wp::add(var_8, var_25);
        wp::assign(var_8, var_26);
        goto start_for_0;
    end_for_0:;
    // periodic = samples[((tid % samples.shape[0]) + samples.shape[0]) % samples.shape[0]]       <L 13>
    var_27 = &(var_samples.shape);
    var_30 = wp::load(var_27);
    var_29 = wp::extract(var_30, var_28);
    var_31 = wp::mod(var_0, var_29);
    var_32 = &(var_samples.shape);
    var_35 = wp::load(var_32);
    var_34 = wp::extract(var_35, var_33);
    var_36 = wp::add(var_31, var_34);
    var_37 = &(var_samples.shape);
    var_40 = wp::load(var_37);
    var_39 = wp::extract(var_40, var_38);
    var_41 = wp::mod(var_36, var_39);
    var_42 = wp::address(var_samples, var_41);
    var_44 = wp::load(var_42);
    var_43 = wp::copy(var_44);
    // wp.atomic_min(total, ((tid % total.shape[0]) + total.shape[0]) % total.shape[0], series)       <L 14>
    var_45 = &(var_total.shape);
    var_48 = wp::load(var_45);
    var_47 = wp::extract(var_48, var_46);
    var_49 = wp::mod(var_0, var_47);
    var_50 = &(var_total.shape);
    var_53 = wp::load(var_50);
    var_52 = wp::extract(var_53, var_51);
    var_54 = wp::add(var_49, var_52);
    var_55 = &(var_total.shape);
    var_58 = wp::load(var_55);
    var_57 = wp::extract(var_58, var_56);
    var_59 = wp::mod(var_54, var_57);
    var_60 = wp::atomic_min(var_total, var_59, var_8);
    // partial = float(0.0)                                                                   <L 15>
    var_62 = wp::float(var_61);
    // for s_3 in range(1, 4 * 2, 2):                                                         <L 16>
    var_65 = wp::mul(var_63, var_64);
    var_68 = wp::range(var_66, var_65, var_67);
    start_for_2:;
        if (iter_cmp(var_68) == 0) goto end_for_2;
        var_69 = wp::iter_next(var_68);
        // gram = (wp.identity(n=2, dtype=float) * wp.sinh(weight)) * wp.transpose(wp.identity(n=2, dtype=float) * weight)       <L 17>
        var_71 = wp::identity<2, wp::float32>();
        var_72 = wp::sinh(var_5);
        var_73 = wp::mul(var_71, var_72);
        var_75 = wp::identity<2, wp::float32>();
        var_76 = wp::mul(var_75, var_5);
        var_77 = wp::transpose(var_76);
        var_78 = wp::mul(var_73, var_77);
        // partial += (float(s_3) + wp.trace(gram)) / float(s_3)                              <L 18>
        var_79 = wp::float(var_69);
        var_80 = wp::trace(var_78);
        var_81 = wp::add(var_79, var_80);
        var_82 = wp::float(var_69);
        var_83 = wp::div(var_81, var_82);
        var_84 = wp::add(var_62, var_83);
        wp::assign(var_62, var_84);
        goto start_for_2;
    end_for_2:;
    // contribution = wp.length(sample) + wp.length(periodic) + partial                       <L 19>
    var_85 = wp::length(var_2);
    var_86 = wp::length(var_43);
    var_87 = wp::add(var_85, var_86);
    var_88 = wp::add(var_87, var_62);
    // wp.atomic_add(total, 0, contribution)                                                  <L 20>
    var_90 = wp::atomic_add(var_total, var_89, var_88);
    // wp.atomic_max(peak, 0, contribution)                                                   <L 21>
    var_92 = wp::atomic_max(var_peak, var_91, var_88);
}



template <bool wp_linear_contiguous>
static void integrate_mass_08f374b9_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_mass_08f374b9 *_wp_args,
    wp_args_integrate_mass_08f374b9 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::float32> var_peak = _wp_args->peak;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples = _wp_adj_args->samples;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::float32> adj_total = _wp_adj_args->total;
    wp::array_t<wp::float32> adj_peak = _wp_adj_args->peak;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 16;
    wp::int32 var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    const wp::int32 var_15 = 2;
    wp::range_t var_16;
    wp::int32 var_17;
    const wp::float32 var_18 = 4.0;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::shape_t* var_27;
    const wp::int32 var_28 = 0;
    wp::int32 var_29;
    wp::shape_t var_30;
    wp::int32 var_31;
    wp::shape_t* var_32;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    wp::shape_t var_35;
    wp::int32 var_36;
    wp::shape_t* var_37;
    const wp::int32 var_38 = 0;
    wp::int32 var_39;
    wp::shape_t var_40;
    wp::int32 var_41;
    wp::vec_t<3, wp::float32>* var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::shape_t* var_45;
    const wp::int32 var_46 = 0;
    wp::int32 var_47;
    wp::shape_t var_48;
    wp::int32 var_49;
    wp::shape_t* var_50;
    const wp::int32 var_51 = 0;
    wp::int32 var_52;
    wp::shape_t var_53;
    wp::int32 var_54;
    wp::shape_t* var_55;
    const wp::int32 var_56 = 0;
    wp::int32 var_57;
    wp::shape_t var_58;
    wp::int32 var_59;
    wp::float32 var_60;
    const wp::float32 var_61 = 0.0;
    wp::float32 var_62;
    const wp::int32 var_63 = 4;
    const wp::int32 var_64 = 2;
    wp::int32 var_65;
    const wp::int32 var_66 = 1;
    const wp::int32 var_67 = 2;
    wp::range_t var_68;
    wp::int32 var_69;
    const wp::int32 var_70 = 2;
    wp::mat_t<2, 2, wp::float32> var_71;
    wp::float32 var_72;
    wp::mat_t<2, 2, wp::float32> var_73;
    const wp::int32 var_74 = 2;
    wp::mat_t<2, 2, wp::float32> var_75;
    wp::mat_t<2, 2, wp::float32> var_76;
    wp::mat_t<2, 2, wp::float32> var_77;
    wp::mat_t<2, 2, wp::float32> var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    const wp::int32 var_89 = 0;
    wp::float32 var_90;
    const wp::int32 var_91 = 0;
    wp::float32 var_92;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::range_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::shape_t adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::shape_t adj_30 = {};
    wp::int32 adj_31 = {};
    wp::shape_t adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::shape_t adj_35 = {};
    wp::int32 adj_36 = {};
    wp::shape_t adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::shape_t adj_40 = {};
    wp::int32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::shape_t adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::shape_t adj_48 = {};
    wp::int32 adj_49 = {};
    wp::shape_t adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::shape_t adj_53 = {};
    wp::int32 adj_54 = {};
    wp::shape_t adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::shape_t adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::range_t adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::mat_t<2, 2, wp::float32> adj_71 = {};
    wp::float32 adj_72 = {};
    wp::mat_t<2, 2, wp::float32> adj_73 = {};
    wp::int32 adj_74 = {};
    wp::mat_t<2, 2, wp::float32> adj_75 = {};
    wp::mat_t<2, 2, wp::float32> adj_76 = {};
    wp::mat_t<2, 2, wp::float32> adj_77 = {};
    wp::mat_t<2, 2, wp::float32> adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::int32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::float32 adj_92 = {};
    //---------
    // forward
    // def integrate_mass(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // sample = samples[tid]                                                                  <L 7>
    var_1 = wp::address(var_samples, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // weight = weights[tid]                                                                  <L 8>
    var_4 = wp::address(var_weights, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // series = float(0.0)                                                                    <L 9>
    var_8 = wp::float(var_7);
    // for s_2 in range(1, wp.min(wp.abs(tid), 16) * 2, 2):                                   <L 10>
    var_9 = wp::abs(var_0);
    var_11 = wp::min(var_9, var_10);
    var_13 = wp::mul(var_11, var_12);
    var_16 = wp::range(var_14, var_13, var_15);
    // periodic = samples[((tid % samples.shape[0]) + samples.shape[0]) % samples.shape[0]]       <L 13>
    var_27 = &(var_samples.shape);
    var_30 = wp::load(var_27);
    var_29 = wp::extract(var_30, var_28);
    var_31 = wp::mod(var_0, var_29);
    var_32 = &(var_samples.shape);
    var_35 = wp::load(var_32);
    var_34 = wp::extract(var_35, var_33);
    var_36 = wp::add(var_31, var_34);
    var_37 = &(var_samples.shape);
    var_40 = wp::load(var_37);
    var_39 = wp::extract(var_40, var_38);
    var_41 = wp::mod(var_36, var_39);
    var_42 = wp::address(var_samples, var_41);
    var_44 = wp::load(var_42);
    var_43 = wp::copy(var_44);
    // wp.atomic_min(total, ((tid % total.shape[0]) + total.shape[0]) % total.shape[0], series)       <L 14>
    var_45 = &(var_total.shape);
    var_48 = wp::load(var_45);
    var_47 = wp::extract(var_48, var_46);
    var_49 = wp::mod(var_0, var_47);
    var_50 = &(var_total.shape);
    var_53 = wp::load(var_50);
    var_52 = wp::extract(var_53, var_51);
    var_54 = wp::add(var_49, var_52);
    var_55 = &(var_total.shape);
    var_58 = wp::load(var_55);
    var_57 = wp::extract(var_58, var_56);
    var_59 = wp::mod(var_54, var_57);
    // var_60 = wp::atomic_min(var_total, var_59, var_8);
    // partial = float(0.0)                                                                   <L 15>
    var_62 = wp::float(var_61);
    // for s_3 in range(1, 4 * 2, 2):                                                         <L 16>
    var_65 = wp::mul(var_63, var_64);
    var_68 = wp::range(var_66, var_65, var_67);
    // contribution = wp.length(sample) + wp.length(periodic) + partial                       <L 19>
    var_85 = wp::length(var_2);
    var_86 = wp::length(var_43);
    var_87 = wp::add(var_85, var_86);
    var_88 = wp::add(var_87, var_62);
    // wp.atomic_add(total, 0, contribution)                                                  <L 20>
    // var_90 = wp::atomic_add(var_total, var_89, var_88);
    // wp.atomic_max(peak, 0, contribution)                                                   <L 21>
    // var_92 = wp::atomic_max(var_peak, var_91, var_88);
    //---------
    // reverse
    wp::adj_atomic_max(var_peak, var_91, var_88, adj_peak, adj_91, adj_88, adj_92);
    // adj: wp.atomic_max(peak, 0, contribution)                                              <L 21>
    wp::adj_atomic_add(var_total, var_89, var_88, adj_total, adj_89, adj_88, adj_90);
    // adj: wp.atomic_add(total, 0, contribution)                                             <L 20>
    wp::adj_add(var_87, var_62, adj_87, adj_62, adj_88);
    wp::adj_add(var_85, var_86, adj_85, adj_86, adj_87);
    wp::adj_length(var_43, var_86, adj_43, adj_86);
    wp::adj_length(var_2, var_85, adj_2, adj_85);
    // adj: contribution = wp.length(sample) + wp.length(periodic) + partial                  <L 19>
    var_68 = wp::iter_reverse(var_68);
    start_for_2:;
        if (iter_cmp(var_68) == 0) goto end_for_2;
        var_69 = wp::iter_next(var_68);
    	adj_70 = {};
    	adj_71 = {};
    	adj_72 = {};
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
        // gram = (wp.identity(n=2, dtype=float) * wp.sinh(weight)) * wp.transpose(wp.identity(n=2, dtype=float) * weight)       <L 17>
        var_71 = wp::identity<2, wp::float32>();
        var_72 = wp::sinh(var_5);
        var_73 = wp::mul(var_71, var_72);
        var_75 = wp::identity<2, wp::float32>();
        var_76 = wp::mul(var_75, var_5);
        var_77 = wp::transpose(var_76);
        var_78 = wp::mul(var_73, var_77);
        // partial += (float(s_3) + wp.trace(gram)) / float(s_3)                              <L 18>
        var_79 = wp::float(var_69);
        var_80 = wp::trace(var_78);
        var_81 = wp::add(var_79, var_80);
        var_82 = wp::float(var_69);
        var_83 = wp::div(var_81, var_82);
        var_84 = wp::add(var_62, var_83);
        wp::assign(var_62, var_84);
        wp::adj_assign(var_62, var_84, adj_62, adj_84);
        wp::adj_add(var_62, var_83, adj_62, adj_83, adj_84);
        wp::adj_div(var_81, var_82, var_83, adj_81, adj_82, adj_83);
        wp::adj_float(var_69, adj_69, adj_82);
        wp::adj_add(var_79, var_80, adj_79, adj_80, adj_81);
        wp::adj_trace(var_78, adj_78, adj_80);
        wp::adj_float(var_69, adj_69, adj_79);
        // adj: partial += (float(s_3) + wp.trace(gram)) / float(s_3)                         <L 18>
        wp::adj_mul(var_73, var_77, adj_73, adj_77, adj_78);
        wp::adj_transpose(var_76, adj_76, adj_77);
        wp::adj_mul(var_75, var_5, adj_75, adj_5, adj_76);
        wp::adj_mul(var_71, var_72, adj_71, adj_72, adj_73);
        wp::adj_sinh(var_5, adj_5, adj_72);
        // adj: gram = (wp.identity(n=2, dtype=float) * wp.sinh(weight)) * wp.transpose(wp.identity(n=2, dtype=float) * weight)  <L 17>
    	goto start_for_2;
    end_for_2:;
    wp::adj_mul(var_63, var_64, adj_63, adj_64, adj_65);
    // adj: for s_3 in range(1, 4 * 2, 2):                                                    <L 16>
    wp::adj_float(var_61, adj_61, adj_62);
    // adj: partial = float(0.0)                                                              <L 15>
    wp::adj_atomic_min(var_total, var_59, var_8, adj_total, adj_59, adj_8, adj_60);
    wp::adj_mod(var_54, var_57, adj_54, adj_57, adj_59);
    adj_total.shape = adj_55;
    wp::adj_add(var_49, var_52, adj_49, adj_52, adj_54);
    adj_total.shape = adj_50;
    wp::adj_mod(var_0, var_47, adj_0, adj_47, adj_49);
    adj_total.shape = adj_45;
    // adj: wp.atomic_min(total, ((tid % total.shape[0]) + total.shape[0]) % total.shape[0], series)  <L 14>
    wp::adj_copy(var_44, adj_42, adj_43);
    wp::adj_address(var_samples, var_41, adj_samples, adj_41, adj_42);
    wp::adj_mod(var_36, var_39, adj_36, adj_39, adj_41);
    adj_samples.shape = adj_37;
    wp::adj_add(var_31, var_34, adj_31, adj_34, adj_36);
    adj_samples.shape = adj_32;
    wp::adj_mod(var_0, var_29, adj_0, adj_29, adj_31);
    adj_samples.shape = adj_27;
    // adj: periodic = samples[((tid % samples.shape[0]) + samples.shape[0]) % samples.shape[0]]  <L 13>
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
        // normal = wp.vec2(4.0) * weight                                                     <L 11>
        var_19 = wp::vec_t<2, wp::float32>(var_18);
        var_20 = wp::mul(var_19, var_5);
        // series += (float(s_2) + wp.length(normal)) / float(s_2)                            <L 12>
        var_21 = wp::float(var_17);
        var_22 = wp::length(var_20);
        var_23 = wp::add(var_21, var_22);
        var_24 = wp::float(var_17);
        var_25 = wp::div(var_23, var_24);
        var_26 = wp::add(var_8, var_25);
        wp::assign(var_8, var_26);
        wp::adj_assign(var_8, var_26, adj_8, adj_26);
        wp::adj_add(var_8, var_25, adj_8, adj_25, adj_26);
        wp::adj_div(var_23, var_24, var_25, adj_23, adj_24, adj_25);
        wp::adj_float(var_17, adj_17, adj_24);
        wp::adj_add(var_21, var_22, adj_21, adj_22, adj_23);
        wp::adj_length(var_20, var_22, adj_20, adj_22);
        wp::adj_float(var_17, adj_17, adj_21);
        // adj: series += (float(s_2) + wp.length(normal)) / float(s_2)                       <L 12>
        wp::adj_mul(var_19, var_5, adj_19, adj_5, adj_20);
        wp::adj_vec_t(var_18, adj_18, adj_19);
        // adj: normal = wp.vec2(4.0) * weight                                                <L 11>
    	goto start_for_0;
    end_for_0:;
    wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_min(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_abs(var_0, adj_0, adj_9);
    // adj: for s_2 in range(1, wp.min(wp.abs(tid), 16) * 2, 2):                              <L 10>
    wp::adj_float(var_7, adj_7, adj_8);
    // adj: series = float(0.0)                                                               <L 9>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_4);
    // adj: weight = weights[tid]                                                             <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
    // adj: sample = samples[tid]                                                             <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def integrate_mass(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):  <L 5>
    return;
}



struct integrate_mass_08f374b9_cpu_block_payload_forward
{
    wp_args_integrate_mass_08f374b9* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_mass_08f374b9_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    integrate_mass_08f374b9_cpu_block_payload_forward* payload = (integrate_mass_08f374b9_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_mass_08f374b9_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void integrate_mass_08f374b9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_mass_08f374b9 *_wp_args)
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
        integrate_mass_08f374b9_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_mass_08f374b9_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct integrate_mass_08f374b9_cpu_block_payload_backward
{
    wp_args_integrate_mass_08f374b9* args;
    wp_args_integrate_mass_08f374b9* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_mass_08f374b9_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    integrate_mass_08f374b9_cpu_block_payload_backward* payload = (integrate_mass_08f374b9_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_mass_08f374b9_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void integrate_mass_08f374b9_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_mass_08f374b9 *_wp_args,
    wp_args_integrate_mass_08f374b9 *_wp_adj_args)
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
        integrate_mass_08f374b9_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_mass_08f374b9_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

