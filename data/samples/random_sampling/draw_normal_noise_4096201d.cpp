// Warp 1.19.0 cpu code for draw_normal_noise_4096201d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_draw_normal_noise_04cb70b4 {
    wp::int32 seed;
    wp::float32 mean;
    wp::float32 sigma;
    wp::array_t<wp::float32> samples;
};


template <bool wp_linear_contiguous>
static void draw_normal_noise_04cb70b4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_draw_normal_noise_04cb70b4 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_draw_normal_noise_04cb70b4 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.samples.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_mean = _wp_args->mean;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::array_t<wp::float32> var_samples = _wp_args->samples;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e-06;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 1e-06;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 2.0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 2.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 4;
    wp::int32 var_17;
    wp::int32 var_18;
    wp::shape_t* var_19;
    const wp::int32 var_20 = 0;
    wp::int32 var_21;
    wp::shape_t var_22;
    bool var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::float32 var_27;
    const wp::float32 var_28 = 1e-06;
    const wp::float32 var_29 = 1.0;
    const wp::float32 var_30 = 1e-06;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 2.0;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 2.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::shape_t* var_42;
    const wp::int32 var_43 = 0;
    wp::int32 var_44;
    wp::shape_t var_45;
    bool var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 2;
    wp::float32 var_50;
    const wp::float32 var_51 = 1e-06;
    const wp::float32 var_52 = 1.0;
    const wp::float32 var_53 = 1e-06;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::float32 var_56 = 2.0;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::float32 var_59 = 2.0;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::int32 var_63;
    wp::int32 var_64;
    wp::shape_t* var_65;
    const wp::int32 var_66 = 0;
    wp::int32 var_67;
    wp::shape_t var_68;
    bool var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    const wp::int32 var_72 = 3;
    wp::float32 var_73;
    const wp::float32 var_74 = 1e-06;
    const wp::float32 var_75 = 1.0;
    const wp::float32 var_76 = 1e-06;
    wp::float32 var_77;
    wp::float32 var_78;
    const wp::float32 var_79 = 2.0;
    wp::float32 var_80;
    wp::float32 var_81;
    const wp::float32 var_82 = 2.0;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::int32 var_86;
    wp::int32 var_87;
    wp::shape_t* var_88;
    const wp::int32 var_89 = 0;
    wp::int32 var_90;
    wp::shape_t var_91;
    bool var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    //---------
    // forward
    // def draw_normal_noise(seed: wp.int32, mean: float, sigma: float, samples: wp.array[float]):       <L 8>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 11>
    var_1 = wp::rand_init(var_seed, var_0);
    // for k in range(SAMPLES_PER_THREAD):                                                    <L 12>
    // u = wp.clamp(wp.randf(rng), 1.0e-6, 1.0 - 1.0e-6)                                      <L 14>
    var_3 = wp::randf(var_1);
    var_7 = wp::sub(var_5, var_6);
    var_8 = wp::clamp(var_3, var_4, var_7);
    // z = -wp.sqrt(2.0) * wp.erfcinv(2.0 * u)                                                <L 15>
    var_10 = wp::sqrt(var_9);
    var_11 = wp::neg(var_10);
    var_13 = wp::mul(var_12, var_8);
    var_14 = wp::erfcinv(var_13);
    var_15 = wp::mul(var_11, var_14);
    // slot = tid * SAMPLES_PER_THREAD + k                                                    <L 16>
    var_17 = wp::mul(var_0, var_16);
    var_18 = wp::add(var_17, var_2);
    // if slot < samples.shape[0]:                                                            <L 17>
    var_19 = &(var_samples.shape);
    var_22 = wp::load(var_19);
    var_21 = wp::extract(var_22, var_20);
    var_23 = (var_18 < var_21);
    if (var_23) {
        // samples[slot] = mean + sigma * z                                                   <L 18>
        var_24 = wp::mul(var_sigma, var_15);
        var_25 = wp::add(var_mean, var_24);
        wp::array_store(var_samples, var_18, var_25);
    }
    // u = wp.clamp(wp.randf(rng), 1.0e-6, 1.0 - 1.0e-6)                                      <L 14>
    var_27 = wp::randf(var_1);
    var_31 = wp::sub(var_29, var_30);
    var_32 = wp::clamp(var_27, var_28, var_31);
    // z = -wp.sqrt(2.0) * wp.erfcinv(2.0 * u)                                                <L 15>
    var_34 = wp::sqrt(var_33);
    var_35 = wp::neg(var_34);
    var_37 = wp::mul(var_36, var_32);
    var_38 = wp::erfcinv(var_37);
    var_39 = wp::mul(var_35, var_38);
    // slot = tid * SAMPLES_PER_THREAD + k                                                    <L 16>
    var_40 = wp::mul(var_0, var_16);
    var_41 = wp::add(var_40, var_26);
    // if slot < samples.shape[0]:                                                            <L 17>
    var_42 = &(var_samples.shape);
    var_45 = wp::load(var_42);
    var_44 = wp::extract(var_45, var_43);
    var_46 = (var_41 < var_44);
    if (var_46) {
        // samples[slot] = mean + sigma * z                                                   <L 18>
        var_47 = wp::mul(var_sigma, var_39);
        var_48 = wp::add(var_mean, var_47);
        wp::array_store(var_samples, var_41, var_48);
    }
    // u = wp.clamp(wp.randf(rng), 1.0e-6, 1.0 - 1.0e-6)                                      <L 14>
    var_50 = wp::randf(var_1);
    var_54 = wp::sub(var_52, var_53);
    var_55 = wp::clamp(var_50, var_51, var_54);
    // z = -wp.sqrt(2.0) * wp.erfcinv(2.0 * u)                                                <L 15>
    var_57 = wp::sqrt(var_56);
    var_58 = wp::neg(var_57);
    var_60 = wp::mul(var_59, var_55);
    var_61 = wp::erfcinv(var_60);
    var_62 = wp::mul(var_58, var_61);
    // slot = tid * SAMPLES_PER_THREAD + k                                                    <L 16>
    var_63 = wp::mul(var_0, var_16);
    var_64 = wp::add(var_63, var_49);
    // if slot < samples.shape[0]:                                                            <L 17>
    var_65 = &(var_samples.shape);
    var_68 = wp::load(var_65);
    var_67 = wp::extract(var_68, var_66);
    var_69 = (var_64 < var_67);
    if (var_69) {
        // samples[slot] = mean + sigma * z                                                   <L 18>
        var_70 = wp::mul(var_sigma, var_62);
        var_71 = wp::add(var_mean, var_70);
        wp::array_store(var_samples, var_64, var_71);
    }
    // u = wp.clamp(wp.randf(rng), 1.0e-6, 1.0 - 1.0e-6)                                      <L 14>
    var_73 = wp::randf(var_1);
    var_77 = wp::sub(var_75, var_76);
    var_78 = wp::clamp(var_73, var_74, var_77);
    // z = -wp.sqrt(2.0) * wp.erfcinv(2.0 * u)                                                <L 15>
    var_80 = wp::sqrt(var_79);
    var_81 = wp::neg(var_80);
    var_83 = wp::mul(var_82, var_78);
    var_84 = wp::erfcinv(var_83);
    var_85 = wp::mul(var_81, var_84);
    // slot = tid * SAMPLES_PER_THREAD + k                                                    <L 16>
    var_86 = wp::mul(var_0, var_16);
    var_87 = wp::add(var_86, var_72);
    // if slot < samples.shape[0]:                                                            <L 17>
    var_88 = &(var_samples.shape);
    var_91 = wp::load(var_88);
    var_90 = wp::extract(var_91, var_89);
    var_92 = (var_87 < var_90);
    if (var_92) {
        // samples[slot] = mean + sigma * z                                                   <L 18>
        var_93 = wp::mul(var_sigma, var_85);
        var_94 = wp::add(var_mean, var_93);
        wp::array_store(var_samples, var_87, var_94);
    }
}



template <bool wp_linear_contiguous>
static void draw_normal_noise_04cb70b4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_draw_normal_noise_04cb70b4 *_wp_args,
    wp_args_draw_normal_noise_04cb70b4 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_draw_normal_noise_04cb70b4 wp_contiguous_args;
    wp_args_draw_normal_noise_04cb70b4 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.samples.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.samples.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_mean = _wp_args->mean;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::array_t<wp::float32> var_samples = _wp_args->samples;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_mean = _wp_adj_args->mean;
    wp::float32 adj_sigma = _wp_adj_args->sigma;
    wp::array_t<wp::float32> adj_samples = _wp_adj_args->samples;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e-06;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 1e-06;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 2.0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 2.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 4;
    wp::int32 var_17;
    wp::int32 var_18;
    wp::shape_t* var_19;
    const wp::int32 var_20 = 0;
    wp::int32 var_21;
    wp::shape_t var_22;
    bool var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::float32 var_27;
    const wp::float32 var_28 = 1e-06;
    const wp::float32 var_29 = 1.0;
    const wp::float32 var_30 = 1e-06;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 2.0;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 2.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::shape_t* var_42;
    const wp::int32 var_43 = 0;
    wp::int32 var_44;
    wp::shape_t var_45;
    bool var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 2;
    wp::float32 var_50;
    const wp::float32 var_51 = 1e-06;
    const wp::float32 var_52 = 1.0;
    const wp::float32 var_53 = 1e-06;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::float32 var_56 = 2.0;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::float32 var_59 = 2.0;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::int32 var_63;
    wp::int32 var_64;
    wp::shape_t* var_65;
    const wp::int32 var_66 = 0;
    wp::int32 var_67;
    wp::shape_t var_68;
    bool var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    const wp::int32 var_72 = 3;
    wp::float32 var_73;
    const wp::float32 var_74 = 1e-06;
    const wp::float32 var_75 = 1.0;
    const wp::float32 var_76 = 1e-06;
    wp::float32 var_77;
    wp::float32 var_78;
    const wp::float32 var_79 = 2.0;
    wp::float32 var_80;
    wp::float32 var_81;
    const wp::float32 var_82 = 2.0;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::int32 var_86;
    wp::int32 var_87;
    wp::shape_t* var_88;
    const wp::int32 var_89 = 0;
    wp::int32 var_90;
    wp::shape_t var_91;
    bool var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::int32 adj_2 = {};
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
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::shape_t adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::shape_t adj_22 = {};
    bool adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::shape_t adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::shape_t adj_45 = {};
    bool adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
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
    wp::shape_t adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::shape_t adj_68 = {};
    bool adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::int32 adj_72 = {};
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
    wp::int32 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::shape_t adj_88 = {};
    wp::int32 adj_89 = {};
    wp::int32 adj_90 = {};
    wp::shape_t adj_91 = {};
    bool adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    //---------
    // forward
    // def draw_normal_noise(seed: wp.int32, mean: float, sigma: float, samples: wp.array[float]):       <L 8>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 11>
    var_1 = wp::rand_init(var_seed, var_0);
    // for k in range(SAMPLES_PER_THREAD):                                                    <L 12>
    // u = wp.clamp(wp.randf(rng), 1.0e-6, 1.0 - 1.0e-6)                                      <L 14>
    var_3 = wp::randf(var_1);
    var_7 = wp::sub(var_5, var_6);
    var_8 = wp::clamp(var_3, var_4, var_7);
    // z = -wp.sqrt(2.0) * wp.erfcinv(2.0 * u)                                                <L 15>
    var_10 = wp::sqrt(var_9);
    var_11 = wp::neg(var_10);
    var_13 = wp::mul(var_12, var_8);
    var_14 = wp::erfcinv(var_13);
    var_15 = wp::mul(var_11, var_14);
    // slot = tid * SAMPLES_PER_THREAD + k                                                    <L 16>
    var_17 = wp::mul(var_0, var_16);
    var_18 = wp::add(var_17, var_2);
    // if slot < samples.shape[0]:                                                            <L 17>
    var_19 = &(var_samples.shape);
    var_22 = wp::load(var_19);
    var_21 = wp::extract(var_22, var_20);
    var_23 = (var_18 < var_21);
    if (var_23) {
        // samples[slot] = mean + sigma * z                                                   <L 18>
        var_24 = wp::mul(var_sigma, var_15);
        var_25 = wp::add(var_mean, var_24);
        // wp::array_store(var_samples, var_18, var_25);
    }
    // u = wp.clamp(wp.randf(rng), 1.0e-6, 1.0 - 1.0e-6)                                      <L 14>
    var_27 = wp::randf(var_1);
    var_31 = wp::sub(var_29, var_30);
    var_32 = wp::clamp(var_27, var_28, var_31);
    // z = -wp.sqrt(2.0) * wp.erfcinv(2.0 * u)                                                <L 15>
    var_34 = wp::sqrt(var_33);
    var_35 = wp::neg(var_34);
    var_37 = wp::mul(var_36, var_32);
    var_38 = wp::erfcinv(var_37);
    var_39 = wp::mul(var_35, var_38);
    // slot = tid * SAMPLES_PER_THREAD + k                                                    <L 16>
    var_40 = wp::mul(var_0, var_16);
    var_41 = wp::add(var_40, var_26);
    // if slot < samples.shape[0]:                                                            <L 17>
    var_42 = &(var_samples.shape);
    var_45 = wp::load(var_42);
    var_44 = wp::extract(var_45, var_43);
    var_46 = (var_41 < var_44);
    if (var_46) {
        // samples[slot] = mean + sigma * z                                                   <L 18>
        var_47 = wp::mul(var_sigma, var_39);
        var_48 = wp::add(var_mean, var_47);
        // wp::array_store(var_samples, var_41, var_48);
    }
    // u = wp.clamp(wp.randf(rng), 1.0e-6, 1.0 - 1.0e-6)                                      <L 14>
    var_50 = wp::randf(var_1);
    var_54 = wp::sub(var_52, var_53);
    var_55 = wp::clamp(var_50, var_51, var_54);
    // z = -wp.sqrt(2.0) * wp.erfcinv(2.0 * u)                                                <L 15>
    var_57 = wp::sqrt(var_56);
    var_58 = wp::neg(var_57);
    var_60 = wp::mul(var_59, var_55);
    var_61 = wp::erfcinv(var_60);
    var_62 = wp::mul(var_58, var_61);
    // slot = tid * SAMPLES_PER_THREAD + k                                                    <L 16>
    var_63 = wp::mul(var_0, var_16);
    var_64 = wp::add(var_63, var_49);
    // if slot < samples.shape[0]:                                                            <L 17>
    var_65 = &(var_samples.shape);
    var_68 = wp::load(var_65);
    var_67 = wp::extract(var_68, var_66);
    var_69 = (var_64 < var_67);
    if (var_69) {
        // samples[slot] = mean + sigma * z                                                   <L 18>
        var_70 = wp::mul(var_sigma, var_62);
        var_71 = wp::add(var_mean, var_70);
        // wp::array_store(var_samples, var_64, var_71);
    }
    // u = wp.clamp(wp.randf(rng), 1.0e-6, 1.0 - 1.0e-6)                                      <L 14>
    var_73 = wp::randf(var_1);
    var_77 = wp::sub(var_75, var_76);
    var_78 = wp::clamp(var_73, var_74, var_77);
    // z = -wp.sqrt(2.0) * wp.erfcinv(2.0 * u)                                                <L 15>
    var_80 = wp::sqrt(var_79);
    var_81 = wp::neg(var_80);
    var_83 = wp::mul(var_82, var_78);
    var_84 = wp::erfcinv(var_83);
    var_85 = wp::mul(var_81, var_84);
    // slot = tid * SAMPLES_PER_THREAD + k                                                    <L 16>
    var_86 = wp::mul(var_0, var_16);
    var_87 = wp::add(var_86, var_72);
    // if slot < samples.shape[0]:                                                            <L 17>
    var_88 = &(var_samples.shape);
    var_91 = wp::load(var_88);
    var_90 = wp::extract(var_91, var_89);
    var_92 = (var_87 < var_90);
    if (var_92) {
        // samples[slot] = mean + sigma * z                                                   <L 18>
        var_93 = wp::mul(var_sigma, var_85);
        var_94 = wp::add(var_mean, var_93);
        // wp::array_store(var_samples, var_87, var_94);
    }
    //---------
    // reverse
    if (var_92) {
        wp::adj_array_store(var_samples, var_87, var_94, adj_samples, adj_87, adj_94);
        wp::adj_add(var_mean, var_93, adj_mean, adj_93, adj_94);
        wp::adj_mul(var_sigma, var_85, adj_sigma, adj_85, adj_93);
        // adj: samples[slot] = mean + sigma * z                                              <L 18>
    }
    adj_samples.shape = adj_88;
    // adj: if slot < samples.shape[0]:                                                       <L 17>
    wp::adj_add(var_86, var_72, adj_86, adj_72, adj_87);
    wp::adj_mul(var_0, var_16, adj_0, adj_16, adj_86);
    // adj: slot = tid * SAMPLES_PER_THREAD + k                                               <L 16>
    wp::adj_mul(var_81, var_84, adj_81, adj_84, adj_85);
    wp::adj_erfcinv(var_83, var_84, adj_83, adj_84);
    wp::adj_mul(var_82, var_78, adj_82, adj_78, adj_83);
    wp::adj_neg(var_80, adj_80, adj_81);
    wp::adj_sqrt(var_79, var_80, adj_79, adj_80);
    // adj: z = -wp.sqrt(2.0) * wp.erfcinv(2.0 * u)                                           <L 15>
    wp::adj_clamp(var_73, var_74, var_77, adj_73, adj_74, adj_77, adj_78);
    wp::adj_sub(var_75, var_76, adj_75, adj_76, adj_77);
    // adj: u = wp.clamp(wp.randf(rng), 1.0e-6, 1.0 - 1.0e-6)                                 <L 14>
    if (var_69) {
        wp::adj_array_store(var_samples, var_64, var_71, adj_samples, adj_64, adj_71);
        wp::adj_add(var_mean, var_70, adj_mean, adj_70, adj_71);
        wp::adj_mul(var_sigma, var_62, adj_sigma, adj_62, adj_70);
        // adj: samples[slot] = mean + sigma * z                                              <L 18>
    }
    adj_samples.shape = adj_65;
    // adj: if slot < samples.shape[0]:                                                       <L 17>
    wp::adj_add(var_63, var_49, adj_63, adj_49, adj_64);
    wp::adj_mul(var_0, var_16, adj_0, adj_16, adj_63);
    // adj: slot = tid * SAMPLES_PER_THREAD + k                                               <L 16>
    wp::adj_mul(var_58, var_61, adj_58, adj_61, adj_62);
    wp::adj_erfcinv(var_60, var_61, adj_60, adj_61);
    wp::adj_mul(var_59, var_55, adj_59, adj_55, adj_60);
    wp::adj_neg(var_57, adj_57, adj_58);
    wp::adj_sqrt(var_56, var_57, adj_56, adj_57);
    // adj: z = -wp.sqrt(2.0) * wp.erfcinv(2.0 * u)                                           <L 15>
    wp::adj_clamp(var_50, var_51, var_54, adj_50, adj_51, adj_54, adj_55);
    wp::adj_sub(var_52, var_53, adj_52, adj_53, adj_54);
    // adj: u = wp.clamp(wp.randf(rng), 1.0e-6, 1.0 - 1.0e-6)                                 <L 14>
    if (var_46) {
        wp::adj_array_store(var_samples, var_41, var_48, adj_samples, adj_41, adj_48);
        wp::adj_add(var_mean, var_47, adj_mean, adj_47, adj_48);
        wp::adj_mul(var_sigma, var_39, adj_sigma, adj_39, adj_47);
        // adj: samples[slot] = mean + sigma * z                                              <L 18>
    }
    adj_samples.shape = adj_42;
    // adj: if slot < samples.shape[0]:                                                       <L 17>
    wp::adj_add(var_40, var_26, adj_40, adj_26, adj_41);
    wp::adj_mul(var_0, var_16, adj_0, adj_16, adj_40);
    // adj: slot = tid * SAMPLES_PER_THREAD + k                                               <L 16>
    wp::adj_mul(var_35, var_38, adj_35, adj_38, adj_39);
    wp::adj_erfcinv(var_37, var_38, adj_37, adj_38);
    wp::adj_mul(var_36, var_32, adj_36, adj_32, adj_37);
    wp::adj_neg(var_34, adj_34, adj_35);
    wp::adj_sqrt(var_33, var_34, adj_33, adj_34);
    // adj: z = -wp.sqrt(2.0) * wp.erfcinv(2.0 * u)                                           <L 15>
    wp::adj_clamp(var_27, var_28, var_31, adj_27, adj_28, adj_31, adj_32);
    wp::adj_sub(var_29, var_30, adj_29, adj_30, adj_31);
    // adj: u = wp.clamp(wp.randf(rng), 1.0e-6, 1.0 - 1.0e-6)                                 <L 14>
    if (var_23) {
        wp::adj_array_store(var_samples, var_18, var_25, adj_samples, adj_18, adj_25);
        wp::adj_add(var_mean, var_24, adj_mean, adj_24, adj_25);
        wp::adj_mul(var_sigma, var_15, adj_sigma, adj_15, adj_24);
        // adj: samples[slot] = mean + sigma * z                                              <L 18>
    }
    adj_samples.shape = adj_19;
    // adj: if slot < samples.shape[0]:                                                       <L 17>
    wp::adj_add(var_17, var_2, adj_17, adj_2, adj_18);
    wp::adj_mul(var_0, var_16, adj_0, adj_16, adj_17);
    // adj: slot = tid * SAMPLES_PER_THREAD + k                                               <L 16>
    wp::adj_mul(var_11, var_14, adj_11, adj_14, adj_15);
    wp::adj_erfcinv(var_13, var_14, adj_13, adj_14);
    wp::adj_mul(var_12, var_8, adj_12, adj_8, adj_13);
    wp::adj_neg(var_10, adj_10, adj_11);
    wp::adj_sqrt(var_9, var_10, adj_9, adj_10);
    // adj: z = -wp.sqrt(2.0) * wp.erfcinv(2.0 * u)                                           <L 15>
    wp::adj_clamp(var_3, var_4, var_7, adj_3, adj_4, adj_7, adj_8);
    wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: u = wp.clamp(wp.randf(rng), 1.0e-6, 1.0 - 1.0e-6)                                 <L 14>
    // adj: for k in range(SAMPLES_PER_THREAD):                                               <L 12>
    // adj: rng = wp.rand_init(seed, tid)                                                     <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def draw_normal_noise(seed: wp.int32, mean: float, sigma: float, samples: wp.array[float]):  <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void draw_normal_noise_04cb70b4_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_normal_noise_04cb70b4 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        draw_normal_noise_04cb70b4_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void draw_normal_noise_04cb70b4_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_normal_noise_04cb70b4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->samples.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        draw_normal_noise_04cb70b4_cpu_forward_tasks<true>(dim, _wp_args);
    else
        draw_normal_noise_04cb70b4_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void draw_normal_noise_04cb70b4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_normal_noise_04cb70b4 *_wp_args)
{
    draw_normal_noise_04cb70b4_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void draw_normal_noise_04cb70b4_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_normal_noise_04cb70b4 *_wp_args,
    wp_args_draw_normal_noise_04cb70b4 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        draw_normal_noise_04cb70b4_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void draw_normal_noise_04cb70b4_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_normal_noise_04cb70b4 *_wp_args,
    wp_args_draw_normal_noise_04cb70b4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->samples.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->samples.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        draw_normal_noise_04cb70b4_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        draw_normal_noise_04cb70b4_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void draw_normal_noise_04cb70b4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_normal_noise_04cb70b4 *_wp_args,
    wp_args_draw_normal_noise_04cb70b4 *_wp_adj_args)
{
    draw_normal_noise_04cb70b4_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

