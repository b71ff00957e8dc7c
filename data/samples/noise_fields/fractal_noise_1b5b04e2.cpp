// Warp 1.19.0 cpu code for fractal_noise_1b5b04e2.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_fractal_noise_725d1d90 {
    wp::int32 seed;
    wp::float32 freq;
    wp::float32 time;
    wp::array_t<wp::float32> noise_out;
};


template <bool wp_linear_contiguous>
static void fractal_noise_725d1d90_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_fractal_noise_725d1d90 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::float32 var_time = _wp_args->time;
    wp::array_t<wp::float32> var_noise_out = _wp_args->noise_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    wp::float32 var_23;
    const wp::float32 var_24 = 2.0;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.5;
    wp::float32 var_38;
    const wp::float32 var_39 = 2.0;
    wp::float32 var_40;
    const wp::int32 var_41 = 2;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::float32 var_52 = 0.5;
    wp::float32 var_53;
    const wp::float32 var_54 = 2.0;
    wp::float32 var_55;
    const wp::int32 var_56 = 3;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    const wp::float32 var_67 = 0.5;
    wp::float32 var_68;
    const wp::float32 var_69 = 2.0;
    wp::float32 var_70;
    const wp::int32 var_71 = 4;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    const wp::float32 var_82 = 0.5;
    wp::float32 var_83;
    const wp::float32 var_84 = 2.0;
    wp::float32 var_85;
    wp::float32 var_86;
    //---------
    // forward
    // def fractal_noise(seed: wp.int32, freq: float, time: float, noise_out: wp.array2d[float]):       <L 8>
    // i, j = wp.tid()                                                                        <L 9>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 10>
    var_2 = wp::rand_init(var_seed);
    // total = float(0.0)                                                                     <L 11>
    var_4 = wp::float(var_3);
    // norm = float(0.0)                                                                      <L 12>
    var_6 = wp::float(var_5);
    // amplitude = float(1.0)                                                                 <L 13>
    var_8 = wp::float(var_7);
    // frequency = float(1.0)                                                                 <L 14>
    var_10 = wp::float(var_9);
    // for _octave in range(NUM_OCTAVES):                                                     <L 15>
    // total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)       <L 16>
    var_12 = wp::float(var_0);
    var_13 = wp::mul(var_12, var_freq);
    var_14 = wp::float(var_1);
    var_15 = wp::mul(var_14, var_freq);
    var_16 = wp::vec_t<3, wp::float32>(var_13, var_15, var_time);
    var_17 = wp::mul(var_16, var_10);
    var_18 = wp::noise(var_2, var_17);
    var_19 = wp::mul(var_8, var_18);
    var_20 = wp::add(var_4, var_19);
    // norm += amplitude                                                                      <L 17>
    var_21 = wp::add(var_6, var_8);
    // amplitude *= 0.5                                                                       <L 18>
    var_23 = wp::mul(var_8, var_22);
    // frequency *= 2.0                                                                       <L 19>
    var_25 = wp::mul(var_10, var_24);
    // total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)       <L 16>
    var_27 = wp::float(var_0);
    var_28 = wp::mul(var_27, var_freq);
    var_29 = wp::float(var_1);
    var_30 = wp::mul(var_29, var_freq);
    var_31 = wp::vec_t<3, wp::float32>(var_28, var_30, var_time);
    var_32 = wp::mul(var_31, var_25);
    var_33 = wp::noise(var_2, var_32);
    var_34 = wp::mul(var_23, var_33);
    var_35 = wp::add(var_20, var_34);
    // norm += amplitude                                                                      <L 17>
    var_36 = wp::add(var_21, var_23);
    // amplitude *= 0.5                                                                       <L 18>
    var_38 = wp::mul(var_23, var_37);
    // frequency *= 2.0                                                                       <L 19>
    var_40 = wp::mul(var_25, var_39);
    // total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)       <L 16>
    var_42 = wp::float(var_0);
    var_43 = wp::mul(var_42, var_freq);
    var_44 = wp::float(var_1);
    var_45 = wp::mul(var_44, var_freq);
    var_46 = wp::vec_t<3, wp::float32>(var_43, var_45, var_time);
    var_47 = wp::mul(var_46, var_40);
    var_48 = wp::noise(var_2, var_47);
    var_49 = wp::mul(var_38, var_48);
    var_50 = wp::add(var_35, var_49);
    // norm += amplitude                                                                      <L 17>
    var_51 = wp::add(var_36, var_38);
    // amplitude *= 0.5                                                                       <L 18>
    var_53 = wp::mul(var_38, var_52);
    // frequency *= 2.0                                                                       <L 19>
    var_55 = wp::mul(var_40, var_54);
    // total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)       <L 16>
    var_57 = wp::float(var_0);
    var_58 = wp::mul(var_57, var_freq);
    var_59 = wp::float(var_1);
    var_60 = wp::mul(var_59, var_freq);
    var_61 = wp::vec_t<3, wp::float32>(var_58, var_60, var_time);
    var_62 = wp::mul(var_61, var_55);
    var_63 = wp::noise(var_2, var_62);
    var_64 = wp::mul(var_53, var_63);
    var_65 = wp::add(var_50, var_64);
    // norm += amplitude                                                                      <L 17>
    var_66 = wp::add(var_51, var_53);
    // amplitude *= 0.5                                                                       <L 18>
    var_68 = wp::mul(var_53, var_67);
    // frequency *= 2.0                                                                       <L 19>
    var_70 = wp::mul(var_55, var_69);
    // total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)       <L 16>
    var_72 = wp::float(var_0);
    var_73 = wp::mul(var_72, var_freq);
    var_74 = wp::float(var_1);
    var_75 = wp::mul(var_74, var_freq);
    var_76 = wp::vec_t<3, wp::float32>(var_73, var_75, var_time);
    var_77 = wp::mul(var_76, var_70);
    var_78 = wp::noise(var_2, var_77);
    var_79 = wp::mul(var_68, var_78);
    var_80 = wp::add(var_65, var_79);
    // norm += amplitude                                                                      <L 17>
    var_81 = wp::add(var_66, var_68);
    // amplitude *= 0.5                                                                       <L 18>
    var_83 = wp::mul(var_68, var_82);
    // frequency *= 2.0                                                                       <L 19>
    var_85 = wp::mul(var_70, var_84);
    // noise_out[i, j] = total / norm                                                         <L 20>
    var_86 = wp::div(var_80, var_81);
    wp::array_store(var_noise_out, var_0, var_1, var_86);
}



template <bool wp_linear_contiguous>
static void fractal_noise_725d1d90_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_fractal_noise_725d1d90 *_wp_args,
    wp_args_fractal_noise_725d1d90 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_freq = _wp_args->freq;
    wp::float32 var_time = _wp_args->time;
    wp::array_t<wp::float32> var_noise_out = _wp_args->noise_out;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_freq = _wp_adj_args->freq;
    wp::float32 adj_time = _wp_adj_args->time;
    wp::array_t<wp::float32> adj_noise_out = _wp_adj_args->noise_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    wp::float32 var_23;
    const wp::float32 var_24 = 2.0;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.5;
    wp::float32 var_38;
    const wp::float32 var_39 = 2.0;
    wp::float32 var_40;
    const wp::int32 var_41 = 2;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::float32 var_52 = 0.5;
    wp::float32 var_53;
    const wp::float32 var_54 = 2.0;
    wp::float32 var_55;
    const wp::int32 var_56 = 3;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    const wp::float32 var_67 = 0.5;
    wp::float32 var_68;
    const wp::float32 var_69 = 2.0;
    wp::float32 var_70;
    const wp::int32 var_71 = 4;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    const wp::float32 var_82 = 0.5;
    wp::float32 var_83;
    const wp::float32 var_84 = 2.0;
    wp::float32 var_85;
    wp::float32 var_86;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    //---------
    // forward
    // def fractal_noise(seed: wp.int32, freq: float, time: float, noise_out: wp.array2d[float]):       <L 8>
    // i, j = wp.tid()                                                                        <L 9>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 10>
    var_2 = wp::rand_init(var_seed);
    // total = float(0.0)                                                                     <L 11>
    var_4 = wp::float(var_3);
    // norm = float(0.0)                                                                      <L 12>
    var_6 = wp::float(var_5);
    // amplitude = float(1.0)                                                                 <L 13>
    var_8 = wp::float(var_7);
    // frequency = float(1.0)                                                                 <L 14>
    var_10 = wp::float(var_9);
    // for _octave in range(NUM_OCTAVES):                                                     <L 15>
    // total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)       <L 16>
    var_12 = wp::float(var_0);
    var_13 = wp::mul(var_12, var_freq);
    var_14 = wp::float(var_1);
    var_15 = wp::mul(var_14, var_freq);
    var_16 = wp::vec_t<3, wp::float32>(var_13, var_15, var_time);
    var_17 = wp::mul(var_16, var_10);
    var_18 = wp::noise(var_2, var_17);
    var_19 = wp::mul(var_8, var_18);
    var_20 = wp::add(var_4, var_19);
    // norm += amplitude                                                                      <L 17>
    var_21 = wp::add(var_6, var_8);
    // amplitude *= 0.5                                                                       <L 18>
    var_23 = wp::mul(var_8, var_22);
    // frequency *= 2.0                                                                       <L 19>
    var_25 = wp::mul(var_10, var_24);
    // total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)       <L 16>
    var_27 = wp::float(var_0);
    var_28 = wp::mul(var_27, var_freq);
    var_29 = wp::float(var_1);
    var_30 = wp::mul(var_29, var_freq);
    var_31 = wp::vec_t<3, wp::float32>(var_28, var_30, var_time);
    var_32 = wp::mul(var_31, var_25);
    var_33 = wp::noise(var_2, var_32);
    var_34 = wp::mul(var_23, var_33);
    var_35 = wp::add(var_20, var_34);
    // norm += amplitude                                                                      <L 17>
    var_36 = wp::add(var_21, var_23);
    // amplitude *= 0.5                                                                       <L 18>
    var_38 = wp::mul(var_23, var_37);
    // frequency *= 2.0                                                                       <L 19>
    var_40 = wp::mul(var_25, var_39);
    // total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)       <L 16>
    var_42 = wp::float(var_0);
    var_43 = wp::mul(var_42, var_freq);
    var_44 = wp::float(var_1);
    var_45 = wp::mul(var_44, var_freq);
    var_46 = wp::vec_t<3, wp::float32>(var_43, var_45, var_time);
    var_47 = wp::mul(var_46, var_40);
    var_48 = wp::noise(var_2, var_47);
    var_49 = wp::mul(var_38, var_48);
    var_50 = wp::add(var_35, var_49);
    // norm += amplitude                                                                      <L 17>
    var_51 = wp::add(var_36, var_38);
    // amplitude *= 0.5                                                                       <L 18>
    var_53 = wp::mul(var_38, var_52);
    // frequency *= 2.0                                                                       <L 19>
    var_55 = wp::mul(var_40, var_54);
    // total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)       <L 16>
    var_57 = wp::float(var_0);
    var_58 = wp::mul(var_57, var_freq);
    var_59 = wp::float(var_1);
    var_60 = wp::mul(var_59, var_freq);
    var_61 = wp::vec_t<3, wp::float32>(var_58, var_60, var_time);
    var_62 = wp::mul(var_61, var_55);
    var_63 = wp::noise(var_2, var_62);
    var_64 = wp::mul(var_53, var_63);
    var_65 = wp::add(var_50, var_64);
    // norm += amplitude                                                                      <L 17>
    var_66 = wp::add(var_51, var_53);
    // amplitude *= 0.5                                                                       <L 18>
    var_68 = wp::mul(var_53, var_67);
    // frequency *= 2.0                                                                       <L 19>
    var_70 = wp::mul(var_55, var_69);
    // total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)       <L 16>
    var_72 = wp::float(var_0);
    var_73 = wp::mul(var_72, var_freq);
    var_74 = wp::float(var_1);
    var_75 = wp::mul(var_74, var_freq);
    var_76 = wp::vec_t<3, wp::float32>(var_73, var_75, var_time);
    var_77 = wp::mul(var_76, var_70);
    var_78 = wp::noise(var_2, var_77);
    var_79 = wp::mul(var_68, var_78);
    var_80 = wp::add(var_65, var_79);
    // norm += amplitude                                                                      <L 17>
    var_81 = wp::add(var_66, var_68);
    // amplitude *= 0.5                                                                       <L 18>
    var_83 = wp::mul(var_68, var_82);
    // frequency *= 2.0                                                                       <L 19>
    var_85 = wp::mul(var_70, var_84);
    // noise_out[i, j] = total / norm                                                         <L 20>
    var_86 = wp::div(var_80, var_81);
    // wp::array_store(var_noise_out, var_0, var_1, var_86);
    //---------
    // reverse
    wp::adj_array_store(var_noise_out, var_0, var_1, var_86, adj_noise_out, adj_0, adj_1, adj_86);
    wp::adj_div(var_80, var_81, var_86, adj_80, adj_81, adj_86);
    // adj: noise_out[i, j] = total / norm                                                    <L 20>
    wp::adj_mul(var_70, var_84, adj_70, adj_84, adj_85);
    // adj: frequency *= 2.0                                                                  <L 19>
    wp::adj_mul(var_68, var_82, adj_68, adj_82, adj_83);
    // adj: amplitude *= 0.5                                                                  <L 18>
    wp::adj_add(var_66, var_68, adj_66, adj_68, adj_81);
    // adj: norm += amplitude                                                                 <L 17>
    wp::adj_add(var_65, var_79, adj_65, adj_79, adj_80);
    wp::adj_mul(var_68, var_78, adj_68, adj_78, adj_79);
    wp::adj_noise(var_2, var_77, adj_2, adj_77, adj_78);
    wp::adj_mul(var_76, var_70, adj_76, adj_70, adj_77);
    wp::adj_vec_t(var_73, var_75, var_time, adj_73, adj_75, adj_time, adj_76);
    wp::adj_mul(var_74, var_freq, adj_74, adj_freq, adj_75);
    wp::adj_float(var_1, adj_1, adj_74);
    wp::adj_mul(var_72, var_freq, adj_72, adj_freq, adj_73);
    wp::adj_float(var_0, adj_0, adj_72);
    // adj: total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)  <L 16>
    wp::adj_mul(var_55, var_69, adj_55, adj_69, adj_70);
    // adj: frequency *= 2.0                                                                  <L 19>
    wp::adj_mul(var_53, var_67, adj_53, adj_67, adj_68);
    // adj: amplitude *= 0.5                                                                  <L 18>
    wp::adj_add(var_51, var_53, adj_51, adj_53, adj_66);
    // adj: norm += amplitude                                                                 <L 17>
    wp::adj_add(var_50, var_64, adj_50, adj_64, adj_65);
    wp::adj_mul(var_53, var_63, adj_53, adj_63, adj_64);
    wp::adj_noise(var_2, var_62, adj_2, adj_62, adj_63);
    wp::adj_mul(var_61, var_55, adj_61, adj_55, adj_62);
    wp::adj_vec_t(var_58, var_60, var_time, adj_58, adj_60, adj_time, adj_61);
    wp::adj_mul(var_59, var_freq, adj_59, adj_freq, adj_60);
    wp::adj_float(var_1, adj_1, adj_59);
    wp::adj_mul(var_57, var_freq, adj_57, adj_freq, adj_58);
    wp::adj_float(var_0, adj_0, adj_57);
    // adj: total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)  <L 16>
    wp::adj_mul(var_40, var_54, adj_40, adj_54, adj_55);
    // adj: frequency *= 2.0                                                                  <L 19>
    wp::adj_mul(var_38, var_52, adj_38, adj_52, adj_53);
    // adj: amplitude *= 0.5                                                                  <L 18>
    wp::adj_add(var_36, var_38, adj_36, adj_38, adj_51);
    // adj: norm += amplitude                                                                 <L 17>
    wp::adj_add(var_35, var_49, adj_35, adj_49, adj_50);
    wp::adj_mul(var_38, var_48, adj_38, adj_48, adj_49);
    wp::adj_noise(var_2, var_47, adj_2, adj_47, adj_48);
    wp::adj_mul(var_46, var_40, adj_46, adj_40, adj_47);
    wp::adj_vec_t(var_43, var_45, var_time, adj_43, adj_45, adj_time, adj_46);
    wp::adj_mul(var_44, var_freq, adj_44, adj_freq, adj_45);
    wp::adj_float(var_1, adj_1, adj_44);
    wp::adj_mul(var_42, var_freq, adj_42, adj_freq, adj_43);
    wp::adj_float(var_0, adj_0, adj_42);
    // adj: total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)  <L 16>
    wp::adj_mul(var_25, var_39, adj_25, adj_39, adj_40);
    // adj: frequency *= 2.0                                                                  <L 19>
    wp::adj_mul(var_23, var_37, adj_23, adj_37, adj_38);
    // adj: amplitude *= 0.5                                                                  <L 18>
    wp::adj_add(var_21, var_23, adj_21, adj_23, adj_36);
    // adj: norm += amplitude                                                                 <L 17>
    wp::adj_add(var_20, var_34, adj_20, adj_34, adj_35);
    wp::adj_mul(var_23, var_33, adj_23, adj_33, adj_34);
    wp::adj_noise(var_2, var_32, adj_2, adj_32, adj_33);
    wp::adj_mul(var_31, var_25, adj_31, adj_25, adj_32);
    wp::adj_vec_t(var_28, var_30, var_time, adj_28, adj_30, adj_time, adj_31);
    wp::adj_mul(var_29, var_freq, adj_29, adj_freq, adj_30);
    wp::adj_float(var_1, adj_1, adj_29);
    wp::adj_mul(var_27, var_freq, adj_27, adj_freq, adj_28);
    wp::adj_float(var_0, adj_0, adj_27);
    // adj: total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)  <L 16>
    wp::adj_mul(var_10, var_24, adj_10, adj_24, adj_25);
    // adj: frequency *= 2.0                                                                  <L 19>
    wp::adj_mul(var_8, var_22, adj_8, adj_22, adj_23);
    // adj: amplitude *= 0.5                                                                  <L 18>
    wp::adj_add(var_6, var_8, adj_6, adj_8, adj_21);
    // adj: norm += amplitude                                                                 <L 17>
    wp::adj_add(var_4, var_19, adj_4, adj_19, adj_20);
    wp::adj_mul(var_8, var_18, adj_8, adj_18, adj_19);
    wp::adj_noise(var_2, var_17, adj_2, adj_17, adj_18);
    wp::adj_mul(var_16, var_10, adj_16, adj_10, adj_17);
    wp::adj_vec_t(var_13, var_15, var_time, adj_13, adj_15, adj_time, adj_16);
    wp::adj_mul(var_14, var_freq, adj_14, adj_freq, adj_15);
    wp::adj_float(var_1, adj_1, adj_14);
    wp::adj_mul(var_12, var_freq, adj_12, adj_freq, adj_13);
    wp::adj_float(var_0, adj_0, adj_12);
    // adj: total += amplitude * wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time) * frequency)  <L 16>
    // adj: for _octave in range(NUM_OCTAVES):                                                <L 15>
    wp::adj_float(var_9, adj_9, adj_10);
    // adj: frequency = float(1.0)                                                            <L 14>
    wp::adj_float(var_7, adj_7, adj_8);
    // adj: amplitude = float(1.0)                                                            <L 13>
    wp::adj_float(var_5, adj_5, adj_6);
    // adj: norm = float(0.0)                                                                 <L 12>
    wp::adj_float(var_3, adj_3, adj_4);
    // adj: total = float(0.0)                                                                <L 11>
    // adj: state = wp.rand_init(seed)                                                        <L 10>
    // adj: i, j = wp.tid()                                                                   <L 9>
    // adj: def fractal_noise(seed: wp.int32, freq: float, time: float, noise_out: wp.array2d[float]):  <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void fractal_noise_725d1d90_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_fractal_noise_725d1d90 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fractal_noise_725d1d90_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void fractal_noise_725d1d90_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_fractal_noise_725d1d90 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    fractal_noise_725d1d90_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void fractal_noise_725d1d90_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_fractal_noise_725d1d90 *_wp_args)
{
    fractal_noise_725d1d90_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void fractal_noise_725d1d90_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_fractal_noise_725d1d90 *_wp_args,
    wp_args_fractal_noise_725d1d90 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fractal_noise_725d1d90_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void fractal_noise_725d1d90_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_fractal_noise_725d1d90 *_wp_args,
    wp_args_fractal_noise_725d1d90 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    fractal_noise_725d1d90_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void fractal_noise_725d1d90_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_fractal_noise_725d1d90 *_wp_args,
    wp_args_fractal_noise_725d1d90 *_wp_adj_args)
{
    fractal_noise_725d1d90_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

