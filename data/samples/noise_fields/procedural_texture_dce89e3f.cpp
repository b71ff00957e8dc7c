// Warp 1.19.0 cpu code for procedural_texture_dce89e3f.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_procedural_texture_9692fedf {
    wp::int32 seed;
    wp::float32 frequency;
    wp::array_t<wp::float32> field;
};


template <bool wp_linear_contiguous>
static void procedural_texture_9692fedf_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_procedural_texture_9692fedf *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::array_t<wp::float32> var_field = _wp_args->field;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.01;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 0.75;
    const wp::float32 var_12 = 1.0;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 0.5;
    wp::vec_t<3, wp::float32> var_15;
    const wp::float32 var_16 = 0.0;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.75;
    const wp::float32 var_23 = 0.01;
    const wp::float32 var_24 = 1.5;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    const wp::uint32 var_27 = 1u;
    const wp::float32 var_28 = 2.0;
    const wp::float32 var_29 = 0.5;
    const wp::float32 var_30 = 0.0;
    wp::vec_t<3, wp::float32> var_31;
    const wp::int32 var_32 = 0;
    const wp::float32 var_33 = 2.5;
    wp::uint32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    const wp::int32 var_41 = 1;
    const wp::float32 var_42 = 2.5;
    wp::uint32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    const wp::int32 var_50 = 2;
    const wp::float32 var_51 = 2.5;
    wp::uint32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    const wp::float32 var_63 = 0.1;
    wp::vec_t<2, wp::float32> var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    //---------
    // forward
    // def procedural_texture(seed: int, frequency: float, field: wp.array2d(dtype=float)):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 7>
    var_2 = wp::rand_init(var_seed);
    // fx = float(i) * frequency                                                              <L 8>
    var_3 = wp::float(var_0);
    var_4 = wp::mul(var_3, var_frequency);
    // fy = float(j) * frequency                                                              <L 9>
    var_5 = wp::float(var_1);
    var_6 = wp::mul(var_5, var_frequency);
    // u_2 = wp.randn(state)                                                                  <L 10>
    var_7 = wp::randn(var_2);
    // radius_2 = wp.length(wp.vec3(0.01) - wp.lerp(wp.vec3(1.0, 0.75, 1.0), wp.vec3(0.5), wp.clamp(u_2, 0.0, 1.0)))       <L 11>
    var_9 = wp::vec_t<3, wp::float32>(var_8);
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    var_15 = wp::vec_t<3, wp::float32>(var_14);
    var_18 = wp::clamp(var_7, var_16, var_17);
    var_19 = wp::lerp(var_13, var_15, var_18);
    var_20 = wp::sub(var_9, var_19);
    var_21 = wp::length(var_20);
    // swirl = wp.curlnoise(state, wp.vec3(0.75, 0.01, 1.5))                                  <L 12>
    var_25 = wp::vec_t<3, wp::float32>(var_22, var_23, var_24);
    var_26 = wp::curlnoise(var_2, var_25, var_27, var_28, var_29);
    // total_2 = wp.vec3(0.0)                                                                 <L 13>
    var_31 = wp::vec_t<3, wp::float32>(var_30);
    // for k_2 in range(3):                                                                   <L 14>
    // jitter = float(wp.poisson(state, 2.5))                                                 <L 15>
    var_34 = wp::poisson(var_2, var_33);
    var_35 = wp::float(var_34);
    // total_2 += wp.vec3(float(k_2)) + wp.vec3(jitter)                                       <L 16>
    var_36 = wp::float(var_32);
    var_37 = wp::vec_t<3, wp::float32>(var_36);
    var_38 = wp::vec_t<3, wp::float32>(var_35);
    var_39 = wp::add(var_37, var_38);
    var_40 = wp::add(var_31, var_39);
    // jitter = float(wp.poisson(state, 2.5))                                                 <L 15>
    var_43 = wp::poisson(var_2, var_42);
    var_44 = wp::float(var_43);
    // total_2 += wp.vec3(float(k_2)) + wp.vec3(jitter)                                       <L 16>
    var_45 = wp::float(var_41);
    var_46 = wp::vec_t<3, wp::float32>(var_45);
    var_47 = wp::vec_t<3, wp::float32>(var_44);
    var_48 = wp::add(var_46, var_47);
    var_49 = wp::add(var_40, var_48);
    // jitter = float(wp.poisson(state, 2.5))                                                 <L 15>
    var_52 = wp::poisson(var_2, var_51);
    var_53 = wp::float(var_52);
    // total_2 += wp.vec3(float(k_2)) + wp.vec3(jitter)                                       <L 16>
    var_54 = wp::float(var_50);
    var_55 = wp::vec_t<3, wp::float32>(var_54);
    var_56 = wp::vec_t<3, wp::float32>(var_53);
    var_57 = wp::add(var_55, var_56);
    var_58 = wp::add(var_49, var_57);
    // field[i, j] = (radius_2 + wp.length(swirl) + wp.length(total_2)) + 0.1 * wp.noise(state, wp.vec2(fx, fy))       <L 17>
    var_59 = wp::length(var_26);
    var_60 = wp::add(var_21, var_59);
    var_61 = wp::length(var_58);
    var_62 = wp::add(var_60, var_61);
    var_64 = wp::vec_t<2, wp::float32>(var_4, var_6);
    var_65 = wp::noise(var_2, var_64);
    var_66 = wp::mul(var_63, var_65);
    var_67 = wp::add(var_62, var_66);
    wp::array_store(var_field, var_0, var_1, var_67);
}



template <bool wp_linear_contiguous>
static void procedural_texture_9692fedf_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_procedural_texture_9692fedf *_wp_args,
    wp_args_procedural_texture_9692fedf *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_frequency = _wp_adj_args->frequency;
    wp::array_t<wp::float32> adj_field = _wp_adj_args->field;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.01;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 0.75;
    const wp::float32 var_12 = 1.0;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 0.5;
    wp::vec_t<3, wp::float32> var_15;
    const wp::float32 var_16 = 0.0;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.75;
    const wp::float32 var_23 = 0.01;
    const wp::float32 var_24 = 1.5;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    const wp::uint32 var_27 = 1u;
    const wp::float32 var_28 = 2.0;
    const wp::float32 var_29 = 0.5;
    const wp::float32 var_30 = 0.0;
    wp::vec_t<3, wp::float32> var_31;
    const wp::int32 var_32 = 0;
    const wp::float32 var_33 = 2.5;
    wp::uint32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    const wp::int32 var_41 = 1;
    const wp::float32 var_42 = 2.5;
    wp::uint32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    const wp::int32 var_50 = 2;
    const wp::float32 var_51 = 2.5;
    wp::uint32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    const wp::float32 var_63 = 0.1;
    wp::vec_t<2, wp::float32> var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
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
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
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
    wp::uint32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::uint32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::uint32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::uint32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::vec_t<2, wp::float32> adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    //---------
    // forward
    // def procedural_texture(seed: int, frequency: float, field: wp.array2d(dtype=float)):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed)                                                             <L 7>
    var_2 = wp::rand_init(var_seed);
    // fx = float(i) * frequency                                                              <L 8>
    var_3 = wp::float(var_0);
    var_4 = wp::mul(var_3, var_frequency);
    // fy = float(j) * frequency                                                              <L 9>
    var_5 = wp::float(var_1);
    var_6 = wp::mul(var_5, var_frequency);
    // u_2 = wp.randn(state)                                                                  <L 10>
    var_7 = wp::randn(var_2);
    // radius_2 = wp.length(wp.vec3(0.01) - wp.lerp(wp.vec3(1.0, 0.75, 1.0), wp.vec3(0.5), wp.clamp(u_2, 0.0, 1.0)))       <L 11>
    var_9 = wp::vec_t<3, wp::float32>(var_8);
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    var_15 = wp::vec_t<3, wp::float32>(var_14);
    var_18 = wp::clamp(var_7, var_16, var_17);
    var_19 = wp::lerp(var_13, var_15, var_18);
    var_20 = wp::sub(var_9, var_19);
    var_21 = wp::length(var_20);
    // swirl = wp.curlnoise(state, wp.vec3(0.75, 0.01, 1.5))                                  <L 12>
    var_25 = wp::vec_t<3, wp::float32>(var_22, var_23, var_24);
    var_26 = wp::curlnoise(var_2, var_25, var_27, var_28, var_29);
    // total_2 = wp.vec3(0.0)                                                                 <L 13>
    var_31 = wp::vec_t<3, wp::float32>(var_30);
    // for k_2 in range(3):                                                                   <L 14>
    // jitter = float(wp.poisson(state, 2.5))                                                 <L 15>
    var_34 = wp::poisson(var_2, var_33);
    var_35 = wp::float(var_34);
    // total_2 += wp.vec3(float(k_2)) + wp.vec3(jitter)                                       <L 16>
    var_36 = wp::float(var_32);
    var_37 = wp::vec_t<3, wp::float32>(var_36);
    var_38 = wp::vec_t<3, wp::float32>(var_35);
    var_39 = wp::add(var_37, var_38);
    var_40 = wp::add(var_31, var_39);
    // jitter = float(wp.poisson(state, 2.5))                                                 <L 15>
    var_43 = wp::poisson(var_2, var_42);
    var_44 = wp::float(var_43);
    // total_2 += wp.vec3(float(k_2)) + wp.vec3(jitter)                                       <L 16>
    var_45 = wp::float(var_41);
    var_46 = wp::vec_t<3, wp::float32>(var_45);
    var_47 = wp::vec_t<3, wp::float32>(var_44);
    var_48 = wp::add(var_46, var_47);
    var_49 = wp::add(var_40, var_48);
    // jitter = float(wp.poisson(state, 2.5))                                                 <L 15>
    var_52 = wp::poisson(var_2, var_51);
    var_53 = wp::float(var_52);
    // total_2 += wp.vec3(float(k_2)) + wp.vec3(jitter)                                       <L 16>
    var_54 = wp::float(var_50);
    var_55 = wp::vec_t<3, wp::float32>(var_54);
    var_56 = wp::vec_t<3, wp::float32>(var_53);
    var_57 = wp::add(var_55, var_56);
    var_58 = wp::add(var_49, var_57);
    // field[i, j] = (radius_2 + wp.length(swirl) + wp.length(total_2)) + 0.1 * wp.noise(state, wp.vec2(fx, fy))       <L 17>
    var_59 = wp::length(var_26);
    var_60 = wp::add(var_21, var_59);
    var_61 = wp::length(var_58);
    var_62 = wp::add(var_60, var_61);
    var_64 = wp::vec_t<2, wp::float32>(var_4, var_6);
    var_65 = wp::noise(var_2, var_64);
    var_66 = wp::mul(var_63, var_65);
    var_67 = wp::add(var_62, var_66);
    // wp::array_store(var_field, var_0, var_1, var_67);
    //---------
    // reverse
    wp::adj_array_store(var_field, var_0, var_1, var_67, adj_field, adj_0, adj_1, adj_67);
    wp::adj_add(var_62, var_66, adj_62, adj_66, adj_67);
    wp::adj_mul(var_63, var_65, adj_63, adj_65, adj_66);
    wp::adj_noise(var_2, var_64, adj_2, adj_64, adj_65);
    wp::adj_vec_t(var_4, var_6, adj_4, adj_6, adj_64);
    wp::adj_add(var_60, var_61, adj_60, adj_61, adj_62);
    wp::adj_length(var_58, var_61, adj_58, adj_61);
    wp::adj_add(var_21, var_59, adj_21, adj_59, adj_60);
    wp::adj_length(var_26, var_59, adj_26, adj_59);
    // adj: field[i, j] = (radius_2 + wp.length(swirl) + wp.length(total_2)) + 0.1 * wp.noise(state, wp.vec2(fx, fy))  <L 17>
    wp::adj_add(var_49, var_57, adj_49, adj_57, adj_58);
    wp::adj_add(var_55, var_56, adj_55, adj_56, adj_57);
    wp::adj_vec_t(var_53, adj_53, adj_56);
    wp::adj_vec_t(var_54, adj_54, adj_55);
    wp::adj_float(var_50, adj_50, adj_54);
    // adj: total_2 += wp.vec3(float(k_2)) + wp.vec3(jitter)                                  <L 16>
    wp::adj_float(var_52, adj_52, adj_53);
    // adj: jitter = float(wp.poisson(state, 2.5))                                            <L 15>
    wp::adj_add(var_40, var_48, adj_40, adj_48, adj_49);
    wp::adj_add(var_46, var_47, adj_46, adj_47, adj_48);
    wp::adj_vec_t(var_44, adj_44, adj_47);
    wp::adj_vec_t(var_45, adj_45, adj_46);
    wp::adj_float(var_41, adj_41, adj_45);
    // adj: total_2 += wp.vec3(float(k_2)) + wp.vec3(jitter)                                  <L 16>
    wp::adj_float(var_43, adj_43, adj_44);
    // adj: jitter = float(wp.poisson(state, 2.5))                                            <L 15>
    wp::adj_add(var_31, var_39, adj_31, adj_39, adj_40);
    wp::adj_add(var_37, var_38, adj_37, adj_38, adj_39);
    wp::adj_vec_t(var_35, adj_35, adj_38);
    wp::adj_vec_t(var_36, adj_36, adj_37);
    wp::adj_float(var_32, adj_32, adj_36);
    // adj: total_2 += wp.vec3(float(k_2)) + wp.vec3(jitter)                                  <L 16>
    wp::adj_float(var_34, adj_34, adj_35);
    // adj: jitter = float(wp.poisson(state, 2.5))                                            <L 15>
    // adj: for k_2 in range(3):                                                              <L 14>
    wp::adj_vec_t(var_30, adj_30, adj_31);
    // adj: total_2 = wp.vec3(0.0)                                                            <L 13>
    wp::adj_curlnoise(var_2, var_25, var_27, var_28, var_29, adj_2, adj_25, adj_27, adj_28, adj_29, adj_26);
    wp::adj_vec_t(var_22, var_23, var_24, adj_22, adj_23, adj_24, adj_25);
    // adj: swirl = wp.curlnoise(state, wp.vec3(0.75, 0.01, 1.5))                             <L 12>
    wp::adj_length(var_20, var_21, adj_20, adj_21);
    wp::adj_sub(var_9, var_19, adj_9, adj_19, adj_20);
    wp::adj_lerp(var_13, var_15, var_18, adj_13, adj_15, adj_18, adj_19);
    wp::adj_clamp(var_7, var_16, var_17, adj_7, adj_16, adj_17, adj_18);
    wp::adj_vec_t(var_14, adj_14, adj_15);
    wp::adj_vec_t(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    wp::adj_vec_t(var_8, adj_8, adj_9);
    // adj: radius_2 = wp.length(wp.vec3(0.01) - wp.lerp(wp.vec3(1.0, 0.75, 1.0), wp.vec3(0.5), wp.clamp(u_2, 0.0, 1.0)))  <L 11>
    // adj: u_2 = wp.randn(state)                                                             <L 10>
    wp::adj_mul(var_5, var_frequency, adj_5, adj_frequency, adj_6);
    wp::adj_float(var_1, adj_1, adj_5);
    // adj: fy = float(j) * frequency                                                         <L 9>
    wp::adj_mul(var_3, var_frequency, adj_3, adj_frequency, adj_4);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: fx = float(i) * frequency                                                         <L 8>
    // adj: state = wp.rand_init(seed)                                                        <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def procedural_texture(seed: int, frequency: float, field: wp.array2d(dtype=float)):  <L 5>
    return;
}



struct procedural_texture_9692fedf_cpu_block_payload_forward
{
    wp_args_procedural_texture_9692fedf* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void procedural_texture_9692fedf_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    procedural_texture_9692fedf_cpu_block_payload_forward* payload = (procedural_texture_9692fedf_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    procedural_texture_9692fedf_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void procedural_texture_9692fedf_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_procedural_texture_9692fedf *_wp_args)
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
        procedural_texture_9692fedf_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &procedural_texture_9692fedf_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct procedural_texture_9692fedf_cpu_block_payload_backward
{
    wp_args_procedural_texture_9692fedf* args;
    wp_args_procedural_texture_9692fedf* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void procedural_texture_9692fedf_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    procedural_texture_9692fedf_cpu_block_payload_backward* payload = (procedural_texture_9692fedf_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    procedural_texture_9692fedf_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void procedural_texture_9692fedf_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_procedural_texture_9692fedf *_wp_args,
    wp_args_procedural_texture_9692fedf *_wp_adj_args)
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
        procedural_texture_9692fedf_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &procedural_texture_9692fedf_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

