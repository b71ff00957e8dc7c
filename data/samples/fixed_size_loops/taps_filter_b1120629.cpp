// Warp 1.19.0 cpu code for taps_filter_b1120629.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_taps_filter_d4bb007b {
    wp::array_t<wp::float32> signal;
    wp::array_t<wp::float32> coeffs;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void taps_filter_d4bb007b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_taps_filter_d4bb007b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_signal = _wp_args->signal;
    wp::array_t<wp::float32> var_coeffs = _wp_args->coeffs;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::shape_t* var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    wp::shape_t var_19;
    wp::int32 var_20;
    wp::float32* var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    const wp::int32 var_29 = 0;
    wp::shape_t* var_30;
    const wp::int32 var_31 = 0;
    wp::int32 var_32;
    wp::shape_t var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::int32 var_36;
    wp::shape_t* var_37;
    const wp::int32 var_38 = 0;
    wp::int32 var_39;
    wp::shape_t var_40;
    wp::int32 var_41;
    wp::float32* var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    const wp::int32 var_48 = 2;
    wp::int32 var_49;
    const wp::int32 var_50 = 0;
    wp::shape_t* var_51;
    const wp::int32 var_52 = 0;
    wp::int32 var_53;
    wp::shape_t var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::int32 var_57;
    wp::shape_t* var_58;
    const wp::int32 var_59 = 0;
    wp::int32 var_60;
    wp::shape_t var_61;
    wp::int32 var_62;
    wp::float32* var_63;
    wp::float32* var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    const wp::int32 var_69 = 3;
    wp::int32 var_70;
    const wp::int32 var_71 = 0;
    wp::shape_t* var_72;
    const wp::int32 var_73 = 0;
    wp::int32 var_74;
    wp::shape_t var_75;
    const wp::int32 var_76 = 1;
    wp::int32 var_77;
    wp::int32 var_78;
    wp::shape_t* var_79;
    const wp::int32 var_80 = 0;
    wp::int32 var_81;
    wp::shape_t var_82;
    wp::int32 var_83;
    wp::float32* var_84;
    wp::float32* var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    const wp::int32 var_90 = 4;
    wp::int32 var_91;
    const wp::int32 var_92 = 0;
    wp::shape_t* var_93;
    const wp::int32 var_94 = 0;
    wp::int32 var_95;
    wp::shape_t var_96;
    const wp::int32 var_97 = 1;
    wp::int32 var_98;
    wp::int32 var_99;
    wp::shape_t* var_100;
    const wp::int32 var_101 = 0;
    wp::int32 var_102;
    wp::shape_t var_103;
    wp::int32 var_104;
    wp::float32* var_105;
    wp::float32* var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    const wp::int32 var_112 = 0;
    wp::int32 var_113;
    const wp::int32 var_114 = 3;
    bool var_115;
    const wp::float32 var_116 = 0.5;
    wp::float32 var_117;
    const wp::float32 var_118 = 0.5;
    wp::float32 var_119;
    wp::float32 var_120;
    wp::float32 var_121;
    wp::float32 var_122;
    const wp::int32 var_123 = 1;
    wp::int32 var_124;
    const wp::float32 var_125 = 0.1;
    const wp::float32 var_126 = 1.0;
    const wp::float32 var_127 = 3.0;
    wp::vec_t<3, wp::float32> var_128;
    const wp::float32 var_129 = 0.1;
    const wp::float32 var_130 = 0.25;
    const wp::float32 var_131 = 2.0;
    wp::vec_t<3, wp::float32> var_132;
    const wp::float32 var_133 = 0.75;
    const wp::float32 var_134 = 0.01;
    const wp::float32 var_135 = 0.5;
    wp::vec_t<3, wp::float32> var_136;
    const wp::float32 var_137 = 0.75;
    const wp::float32 var_138 = 1.0;
    const wp::float32 var_139 = 0.25;
    wp::vec_t<3, wp::float32> var_140;
    const wp::float32 var_141 = 0.0;
    const wp::float32 var_142 = 1.0;
    wp::float32 var_143;
    wp::vec_t<3, wp::float32> var_144;
    wp::mat_t<3, 3, wp::float32> var_145;
    const wp::int32 var_146 = 2;
    wp::mat_t<2, 2, wp::float32> var_147;
    wp::mat_t<2, 2, wp::float32> var_148;
    wp::mat_t<2, 2, wp::float32> var_149;
    const wp::float32 var_150 = 1.5;
    const wp::float32 var_151 = 2.0;
    const wp::float32 var_152 = 0.01;
    const wp::float32 var_153 = 2.0;
    wp::mat_t<2, 2, wp::float32> var_154;
    wp::mat_t<2, 2, wp::float32> var_155;
    wp::mat_t<2, 2, wp::float32> var_156;
    wp::mat_t<2, 2, wp::float32> var_157;
    wp::mat_t<2, 2, wp::float32> var_158;
    const wp::float32 var_159 = 0.0;
    wp::vec_t<3, wp::float32> var_160;
    wp::int32 var_161;
    const wp::int32 var_162 = 16;
    wp::int32 var_163;
    wp::range_t var_164;
    wp::int32 var_165;
    const wp::float32 var_166 = 0.9;
    const wp::float32 var_167 = 3.0;
    const wp::float32 var_168 = 4.0;
    wp::vec_t<3, wp::float32> var_169;
    const wp::float32 var_170 = 1.5;
    const wp::float32 var_171 = 0.9;
    const wp::float32 var_172 = 10.0;
    wp::vec_t<3, wp::float32> var_173;
    const wp::float32 var_174 = 0.0;
    const wp::float32 var_175 = 1.0;
    wp::float32 var_176;
    wp::vec_t<3, wp::float32> var_177;
    const wp::float32 var_178 = 2.0;
    const wp::float32 var_179 = 3.0;
    const wp::float32 var_180 = 0.9;
    wp::vec_t<3, wp::float32> var_181;
    const wp::float32 var_182 = 1.5;
    const wp::float32 var_183 = 10.0;
    const wp::float32 var_184 = 1.5;
    wp::vec_t<3, wp::float32> var_185;
    const wp::float32 var_186 = 0.0;
    const wp::float32 var_187 = 1.0;
    wp::float32 var_188;
    wp::vec_t<3, wp::float32> var_189;
    wp::vec_t<3, wp::float32> var_190;
    wp::float32 var_191;
    wp::float32 var_192;
    wp::vec_t<3, wp::float32> var_193;
    wp::vec_t<3, wp::float32> var_194;
    wp::vec_t<3, wp::float32> var_195;
    wp::vec_t<3, wp::float32> var_196;
    wp::float32 var_197;
    const wp::float32 var_198 = 2.0;
    const wp::float32 var_199 = 10.0;
    bool var_200;
    wp::float32 var_201;
    wp::vec_t<3, wp::float32> var_202;
    wp::vec_t<3, wp::float32> var_203;
    wp::float32 var_204;
    wp::float32 var_205;
    wp::float32 var_206;
    wp::float32 var_207;
    wp::float32 var_208;
    wp::float32 var_209;
    wp::float32 var_210;
    //---------
    // forward
    // def taps_filter(signal: wp.array(dtype=float), coeffs: wp.array(dtype=float), out: wp.array(dtype=float)):       <L 8>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // x = signal[tid]                                                                        <L 10>
    var_1 = wp::address(var_signal, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // acc = float(0.0)                                                                       <L 11>
    var_5 = wp::float(var_4);
    // for k in range(wp.static(TAPS)):                                                       <L 12>
    // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
    var_7 = wp::sub(var_0, var_6);
    var_9 = &(var_signal.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_7, var_8, var_14);
    // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
    var_16 = &(var_coeffs.shape);
    var_19 = wp::load(var_16);
    var_18 = wp::extract(var_19, var_17);
    var_20 = wp::mod(var_6, var_18);
    var_21 = wp::address(var_coeffs, var_20);
    var_22 = wp::address(var_signal, var_15);
    var_24 = wp::load(var_21);
    var_25 = wp::load(var_22);
    var_23 = wp::mul(var_24, var_25);
    var_26 = wp::add(var_5, var_23);
    // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
    var_28 = wp::sub(var_0, var_27);
    var_30 = &(var_signal.shape);
    var_33 = wp::load(var_30);
    var_32 = wp::extract(var_33, var_31);
    var_35 = wp::sub(var_32, var_34);
    var_36 = wp::clamp(var_28, var_29, var_35);
    // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
    var_37 = &(var_coeffs.shape);
    var_40 = wp::load(var_37);
    var_39 = wp::extract(var_40, var_38);
    var_41 = wp::mod(var_27, var_39);
    var_42 = wp::address(var_coeffs, var_41);
    var_43 = wp::address(var_signal, var_36);
    var_45 = wp::load(var_42);
    var_46 = wp::load(var_43);
    var_44 = wp::mul(var_45, var_46);
    var_47 = wp::add(var_26, var_44);
    // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
    var_49 = wp::sub(var_0, var_48);
    var_51 = &(var_signal.shape);
    var_54 = wp::load(var_51);
    var_53 = wp::extract(var_54, var_52);
    var_56 = wp::sub(var_53, var_55);
    var_57 = wp::clamp(var_49, var_50, var_56);
    // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
    var_58 = &(var_coeffs.shape);
    var_61 = wp::load(var_58);
    var_60 = wp::extract(var_61, var_59);
    var_62 = wp::mod(var_48, var_60);
    var_63 = wp::address(var_coeffs, var_62);
    var_64 = wp::address(var_signal, var_57);
    var_66 = wp::load(var_63);
    var_67 = wp::load(var_64);
    var_65 = wp::mul(var_66, var_67);
    var_68 = wp::add(var_47, var_65);
    // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
    var_70 = wp::sub(var_0, var_69);
    var_72 = &(var_signal.shape);
    var_75 = wp::load(var_72);
    var_74 = wp::extract(var_75, var_73);
    var_77 = wp::sub(var_74, var_76);
    var_78 = wp::clamp(var_70, var_71, var_77);
    // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
    var_79 = &(var_coeffs.shape);
    var_82 = wp::load(var_79);
    var_81 = wp::extract(var_82, var_80);
    var_83 = wp::mod(var_69, var_81);
    var_84 = wp::address(var_coeffs, var_83);
    var_85 = wp::address(var_signal, var_78);
    var_87 = wp::load(var_84);
    var_88 = wp::load(var_85);
    var_86 = wp::mul(var_87, var_88);
    var_89 = wp::add(var_68, var_86);
    // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
    var_91 = wp::sub(var_0, var_90);
    var_93 = &(var_signal.shape);
    var_96 = wp::load(var_93);
    var_95 = wp::extract(var_96, var_94);
    var_98 = wp::sub(var_95, var_97);
    var_99 = wp::clamp(var_91, var_92, var_98);
    // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
    var_100 = &(var_coeffs.shape);
    var_103 = wp::load(var_100);
    var_102 = wp::extract(var_103, var_101);
    var_104 = wp::mod(var_90, var_102);
    var_105 = wp::address(var_coeffs, var_104);
    var_106 = wp::address(var_signal, var_99);
    var_108 = wp::load(var_105);
    var_109 = wp::load(var_106);
    var_107 = wp::mul(var_108, var_109);
    var_110 = wp::add(var_89, var_107);
    // iterate = float(acc)                                                                   <L 15>
    var_111 = wp::float(var_110);
    // iters = int(0)                                                                         <L 16>
    var_113 = wp::int(var_112);
    // while iters < 3:                                                                       <L 17>
    start_while_0:;
    var_115 = (var_113 < var_114);
    if ((var_115) == false) goto end_while_0;
        // iterate = 0.5 * iterate + 0.5 * wp.tanh(float(iters))                              <L 18>
        var_117 = wp::mul(var_116, var_111);
        var_119 = wp::float(var_113);
        var_120 = wp::tanh(var_119);
        var_121 = wp::mul(var_118, var_120);
        var_122 = wp::add(var_117, var_121);
        // iters += 1                                                                         <L 19>
        var_124 = wp::add(var_113, var_123);
        wp::assign(var_111, var_122);
        wp::assign(var_113, var_124);
    goto start_while_0;
    end_while_0:;
    // basis = wp.matrix_from_rows(wp.vec3(0.1, 1.0, 3.0), wp.vec3(0.1, 0.25, 2.0), wp.lerp(wp.vec3(0.75, 0.01, 0.5), wp.vec3(0.75, 1.0, 0.25), wp.clamp(x, 0.0, 1.0)))       <L 20>
    var_128 = wp::vec_t<3, wp::float32>(var_125, var_126, var_127);
    var_132 = wp::vec_t<3, wp::float32>(var_129, var_130, var_131);
    var_136 = wp::vec_t<3, wp::float32>(var_133, var_134, var_135);
    var_140 = wp::vec_t<3, wp::float32>(var_137, var_138, var_139);
    var_143 = wp::clamp(var_2, var_141, var_142);
    var_144 = wp::lerp(var_136, var_140, var_143);
    var_145 = wp::matrix_from_rows<wp::float32>(var_128, var_132, var_144);
    // sym_part = wp.transpose(wp.identity(n=2, dtype=float) * x) * wp.transpose((wp.mat22(1.5, 2.0, 0.01, 2.0) * acc) * x)       <L 21>
    var_147 = wp::identity<2, wp::float32>();
    var_148 = wp::mul(var_147, var_2);
    var_149 = wp::transpose(var_148);
    var_154 = wp::mat_t<2, 2, wp::float32>(var_150, var_151, var_152, var_153);
    var_155 = wp::mul(var_154, var_110);
    var_156 = wp::mul(var_155, var_2);
    var_157 = wp::transpose(var_156);
    var_158 = wp::mul(var_149, var_157);
    // running = wp.vec3(0.0)                                                                 <L 22>
    var_160 = wp::vec_t<3, wp::float32>(var_159);
    // for k_2 in range(wp.min(wp.abs(tid), 16)):                                             <L 23>
    var_161 = wp::abs(var_0);
    var_163 = wp::min(var_161, var_162);
    var_164 = wp::range(var_163);
    start_for_2:;
        if (iter_cmp(var_164) == 0) goto end_for_2;
        var_165 = wp::iter_next(var_164);
        // separation = wp.length(wp.lerp(wp.vec3(0.9, 3.0, 4.0), wp.vec3(1.5, 0.9, 10.0), wp.clamp(x, 0.0, 1.0)) - wp.lerp(wp.vec3(2.0, 3.0, 0.9), wp.vec3(1.5, 10.0, 1.5), wp.clamp(acc, 0.0, 1.0)))       <L 24>
        var_169 = wp::vec_t<3, wp::float32>(var_166, var_167, var_168);
        var_173 = wp::vec_t<3, wp::float32>(var_170, var_171, var_172);
        var_176 = wp::clamp(var_2, var_174, var_175);
        var_177 = wp::lerp(var_169, var_173, var_176);
        var_181 = wp::vec_t<3, wp::float32>(var_178, var_179, var_180);
        var_185 = wp::vec_t<3, wp::float32>(var_182, var_183, var_184);
        var_188 = wp::clamp(var_110, var_186, var_187);
        var_189 = wp::lerp(var_181, var_185, var_188);
        var_190 = wp::sub(var_177, var_189);
        var_191 = wp::length(var_190);
        // running += wp.vec3(float(k_2)) + wp.vec3(separation)                               <L 25>
        var_192 = wp::float(var_165);
        var_193 = wp::vec_t<3, wp::float32>(var_192);
        var_194 = wp::vec_t<3, wp::float32>(var_191);
        var_195 = wp::add(var_193, var_194);
        var_196 = wp::add(var_160, var_195);
        wp::assign(var_160, var_196);
        goto start_for_2;
    end_for_2:;
    // triple = wp.vec3(wp.atan2(x, iterate), acc, iterate if 2.0 < 10.0 else x)              <L 26>
    var_197 = wp::atan2(var_2, var_111);
    var_200 = (var_198 < var_199);
    if (var_200) {
    }
    if (!var_200) {
    }
    var_201 = wp::where(var_200, var_111, var_2);
    var_202 = wp::vec_t<3, wp::float32>(var_197, var_110, var_201);
    // span = running                                                                         <L 27>
    var_203 = wp::copy(var_160);
    // out[tid] = wp.determinant(basis) + wp.determinant(sym_part) + wp.length(triple) + wp.length(span)       <L 28>
    var_204 = wp::determinant(var_145);
    var_205 = wp::determinant(var_158);
    var_206 = wp::add(var_204, var_205);
    var_207 = wp::length(var_202);
    var_208 = wp::add(var_206, var_207);
    var_209 = wp::length(var_203);
    var_210 = wp::add(var_208, var_209);
    wp::array_store(var_out, var_0, var_210);
}



template <bool wp_linear_contiguous>
static void taps_filter_d4bb007b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_taps_filter_d4bb007b *_wp_args,
    wp_args_taps_filter_d4bb007b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_signal = _wp_args->signal;
    wp::array_t<wp::float32> var_coeffs = _wp_args->coeffs;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_signal = _wp_adj_args->signal;
    wp::array_t<wp::float32> adj_coeffs = _wp_adj_args->coeffs;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::shape_t* var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    wp::shape_t var_19;
    wp::int32 var_20;
    wp::float32* var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    const wp::int32 var_29 = 0;
    wp::shape_t* var_30;
    const wp::int32 var_31 = 0;
    wp::int32 var_32;
    wp::shape_t var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::int32 var_36;
    wp::shape_t* var_37;
    const wp::int32 var_38 = 0;
    wp::int32 var_39;
    wp::shape_t var_40;
    wp::int32 var_41;
    wp::float32* var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    const wp::int32 var_48 = 2;
    wp::int32 var_49;
    const wp::int32 var_50 = 0;
    wp::shape_t* var_51;
    const wp::int32 var_52 = 0;
    wp::int32 var_53;
    wp::shape_t var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::int32 var_57;
    wp::shape_t* var_58;
    const wp::int32 var_59 = 0;
    wp::int32 var_60;
    wp::shape_t var_61;
    wp::int32 var_62;
    wp::float32* var_63;
    wp::float32* var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    const wp::int32 var_69 = 3;
    wp::int32 var_70;
    const wp::int32 var_71 = 0;
    wp::shape_t* var_72;
    const wp::int32 var_73 = 0;
    wp::int32 var_74;
    wp::shape_t var_75;
    const wp::int32 var_76 = 1;
    wp::int32 var_77;
    wp::int32 var_78;
    wp::shape_t* var_79;
    const wp::int32 var_80 = 0;
    wp::int32 var_81;
    wp::shape_t var_82;
    wp::int32 var_83;
    wp::float32* var_84;
    wp::float32* var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    const wp::int32 var_90 = 4;
    wp::int32 var_91;
    const wp::int32 var_92 = 0;
    wp::shape_t* var_93;
    const wp::int32 var_94 = 0;
    wp::int32 var_95;
    wp::shape_t var_96;
    const wp::int32 var_97 = 1;
    wp::int32 var_98;
    wp::int32 var_99;
    wp::shape_t* var_100;
    const wp::int32 var_101 = 0;
    wp::int32 var_102;
    wp::shape_t var_103;
    wp::int32 var_104;
    wp::float32* var_105;
    wp::float32* var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    const wp::int32 var_112 = 0;
    wp::int32 var_113;
    const wp::int32 var_114 = 3;
    bool var_115;
    const wp::float32 var_116 = 0.5;
    wp::float32 var_117;
    const wp::float32 var_118 = 0.5;
    wp::float32 var_119;
    wp::float32 var_120;
    wp::float32 var_121;
    wp::float32 var_122;
    const wp::int32 var_123 = 1;
    wp::int32 var_124;
    const wp::float32 var_125 = 0.1;
    const wp::float32 var_126 = 1.0;
    const wp::float32 var_127 = 3.0;
    wp::vec_t<3, wp::float32> var_128;
    const wp::float32 var_129 = 0.1;
    const wp::float32 var_130 = 0.25;
    const wp::float32 var_131 = 2.0;
    wp::vec_t<3, wp::float32> var_132;
    const wp::float32 var_133 = 0.75;
    const wp::float32 var_134 = 0.01;
    const wp::float32 var_135 = 0.5;
    wp::vec_t<3, wp::float32> var_136;
    const wp::float32 var_137 = 0.75;
    const wp::float32 var_138 = 1.0;
    const wp::float32 var_139 = 0.25;
    wp::vec_t<3, wp::float32> var_140;
    const wp::float32 var_141 = 0.0;
    const wp::float32 var_142 = 1.0;
    wp::float32 var_143;
    wp::vec_t<3, wp::float32> var_144;
    wp::mat_t<3, 3, wp::float32> var_145;
    const wp::int32 var_146 = 2;
    wp::mat_t<2, 2, wp::float32> var_147;
    wp::mat_t<2, 2, wp::float32> var_148;
    wp::mat_t<2, 2, wp::float32> var_149;
    const wp::float32 var_150 = 1.5;
    const wp::float32 var_151 = 2.0;
    const wp::float32 var_152 = 0.01;
    const wp::float32 var_153 = 2.0;
    wp::mat_t<2, 2, wp::float32> var_154;
    wp::mat_t<2, 2, wp::float32> var_155;
    wp::mat_t<2, 2, wp::float32> var_156;
    wp::mat_t<2, 2, wp::float32> var_157;
    wp::mat_t<2, 2, wp::float32> var_158;
    const wp::float32 var_159 = 0.0;
    wp::vec_t<3, wp::float32> var_160;
    wp::int32 var_161;
    const wp::int32 var_162 = 16;
    wp::int32 var_163;
    wp::range_t var_164;
    wp::int32 var_165;
    const wp::float32 var_166 = 0.9;
    const wp::float32 var_167 = 3.0;
    const wp::float32 var_168 = 4.0;
    wp::vec_t<3, wp::float32> var_169;
    const wp::float32 var_170 = 1.5;
    const wp::float32 var_171 = 0.9;
    const wp::float32 var_172 = 10.0;
    wp::vec_t<3, wp::float32> var_173;
    const wp::float32 var_174 = 0.0;
    const wp::float32 var_175 = 1.0;
    wp::float32 var_176;
    wp::vec_t<3, wp::float32> var_177;
    const wp::float32 var_178 = 2.0;
    const wp::float32 var_179 = 3.0;
    const wp::float32 var_180 = 0.9;
    wp::vec_t<3, wp::float32> var_181;
    const wp::float32 var_182 = 1.5;
    const wp::float32 var_183 = 10.0;
    const wp::float32 var_184 = 1.5;
    wp::vec_t<3, wp::float32> var_185;
    const wp::float32 var_186 = 0.0;
    const wp::float32 var_187 = 1.0;
    wp::float32 var_188;
    wp::vec_t<3, wp::float32> var_189;
    wp::vec_t<3, wp::float32> var_190;
    wp::float32 var_191;
    wp::float32 var_192;
    wp::vec_t<3, wp::float32> var_193;
    wp::vec_t<3, wp::float32> var_194;
    wp::vec_t<3, wp::float32> var_195;
    wp::vec_t<3, wp::float32> var_196;
    wp::float32 var_197;
    const wp::float32 var_198 = 2.0;
    const wp::float32 var_199 = 10.0;
    bool var_200;
    wp::float32 var_201;
    wp::vec_t<3, wp::float32> var_202;
    wp::vec_t<3, wp::float32> var_203;
    wp::float32 var_204;
    wp::float32 var_205;
    wp::float32 var_206;
    wp::float32 var_207;
    wp::float32 var_208;
    wp::float32 var_209;
    wp::float32 var_210;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::shape_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::shape_t adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::shape_t adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::shape_t adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::shape_t adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::shape_t adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::shape_t adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::shape_t adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::shape_t adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::shape_t adj_61 = {};
    wp::int32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::shape_t adj_72 = {};
    wp::int32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::shape_t adj_75 = {};
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::shape_t adj_79 = {};
    wp::int32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::shape_t adj_82 = {};
    wp::int32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::int32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::int32 adj_92 = {};
    wp::shape_t adj_93 = {};
    wp::int32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::shape_t adj_96 = {};
    wp::int32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::shape_t adj_100 = {};
    wp::int32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::shape_t adj_103 = {};
    wp::int32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::float32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::float32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::int32 adj_112 = {};
    wp::int32 adj_113 = {};
    wp::int32 adj_114 = {};
    bool adj_115 = {};
    wp::float32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::float32 adj_119 = {};
    wp::float32 adj_120 = {};
    wp::float32 adj_121 = {};
    wp::float32 adj_122 = {};
    wp::int32 adj_123 = {};
    wp::int32 adj_124 = {};
    wp::float32 adj_125 = {};
    wp::float32 adj_126 = {};
    wp::float32 adj_127 = {};
    wp::vec_t<3, wp::float32> adj_128 = {};
    wp::float32 adj_129 = {};
    wp::float32 adj_130 = {};
    wp::float32 adj_131 = {};
    wp::vec_t<3, wp::float32> adj_132 = {};
    wp::float32 adj_133 = {};
    wp::float32 adj_134 = {};
    wp::float32 adj_135 = {};
    wp::vec_t<3, wp::float32> adj_136 = {};
    wp::float32 adj_137 = {};
    wp::float32 adj_138 = {};
    wp::float32 adj_139 = {};
    wp::vec_t<3, wp::float32> adj_140 = {};
    wp::float32 adj_141 = {};
    wp::float32 adj_142 = {};
    wp::float32 adj_143 = {};
    wp::vec_t<3, wp::float32> adj_144 = {};
    wp::mat_t<3, 3, wp::float32> adj_145 = {};
    wp::int32 adj_146 = {};
    wp::mat_t<2, 2, wp::float32> adj_147 = {};
    wp::mat_t<2, 2, wp::float32> adj_148 = {};
    wp::mat_t<2, 2, wp::float32> adj_149 = {};
    wp::float32 adj_150 = {};
    wp::float32 adj_151 = {};
    wp::float32 adj_152 = {};
    wp::float32 adj_153 = {};
    wp::mat_t<2, 2, wp::float32> adj_154 = {};
    wp::mat_t<2, 2, wp::float32> adj_155 = {};
    wp::mat_t<2, 2, wp::float32> adj_156 = {};
    wp::mat_t<2, 2, wp::float32> adj_157 = {};
    wp::mat_t<2, 2, wp::float32> adj_158 = {};
    wp::float32 adj_159 = {};
    wp::vec_t<3, wp::float32> adj_160 = {};
    wp::int32 adj_161 = {};
    wp::int32 adj_162 = {};
    wp::int32 adj_163 = {};
    wp::range_t adj_164 = {};
    wp::int32 adj_165 = {};
    wp::float32 adj_166 = {};
    wp::float32 adj_167 = {};
    wp::float32 adj_168 = {};
    wp::vec_t<3, wp::float32> adj_169 = {};
    wp::float32 adj_170 = {};
    wp::float32 adj_171 = {};
    wp::float32 adj_172 = {};
    wp::vec_t<3, wp::float32> adj_173 = {};
    wp::float32 adj_174 = {};
    wp::float32 adj_175 = {};
    wp::float32 adj_176 = {};
    wp::vec_t<3, wp::float32> adj_177 = {};
    wp::float32 adj_178 = {};
    wp::float32 adj_179 = {};
    wp::float32 adj_180 = {};
    wp::vec_t<3, wp::float32> adj_181 = {};
    wp::float32 adj_182 = {};
    wp::float32 adj_183 = {};
    wp::float32 adj_184 = {};
    wp::vec_t<3, wp::float32> adj_185 = {};
    wp::float32 adj_186 = {};
    wp::float32 adj_187 = {};
    wp::float32 adj_188 = {};
    wp::vec_t<3, wp::float32> adj_189 = {};
    wp::vec_t<3, wp::float32> adj_190 = {};
    wp::float32 adj_191 = {};
    wp::float32 adj_192 = {};
    wp::vec_t<3, wp::float32> adj_193 = {};
    wp::vec_t<3, wp::float32> adj_194 = {};
    wp::vec_t<3, wp::float32> adj_195 = {};
    wp::vec_t<3, wp::float32> adj_196 = {};
    wp::float32 adj_197 = {};
    wp::float32 adj_198 = {};
    wp::float32 adj_199 = {};
    bool adj_200 = {};
    wp::float32 adj_201 = {};
    wp::vec_t<3, wp::float32> adj_202 = {};
    wp::vec_t<3, wp::float32> adj_203 = {};
    wp::float32 adj_204 = {};
    wp::float32 adj_205 = {};
    wp::float32 adj_206 = {};
    wp::float32 adj_207 = {};
    wp::float32 adj_208 = {};
    wp::float32 adj_209 = {};
    wp::float32 adj_210 = {};
    //---------
    // forward
    // def taps_filter(signal: wp.array(dtype=float), coeffs: wp.array(dtype=float), out: wp.array(dtype=float)):       <L 8>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // x = signal[tid]                                                                        <L 10>
    var_1 = wp::address(var_signal, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // acc = float(0.0)                                                                       <L 11>
    var_5 = wp::float(var_4);
    // for k in range(wp.static(TAPS)):                                                       <L 12>
    // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
    var_7 = wp::sub(var_0, var_6);
    var_9 = &(var_signal.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_7, var_8, var_14);
    // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
    var_16 = &(var_coeffs.shape);
    var_19 = wp::load(var_16);
    var_18 = wp::extract(var_19, var_17);
    var_20 = wp::mod(var_6, var_18);
    var_21 = wp::address(var_coeffs, var_20);
    var_22 = wp::address(var_signal, var_15);
    var_24 = wp::load(var_21);
    var_25 = wp::load(var_22);
    var_23 = wp::mul(var_24, var_25);
    var_26 = wp::add(var_5, var_23);
    // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
    var_28 = wp::sub(var_0, var_27);
    var_30 = &(var_signal.shape);
    var_33 = wp::load(var_30);
    var_32 = wp::extract(var_33, var_31);
    var_35 = wp::sub(var_32, var_34);
    var_36 = wp::clamp(var_28, var_29, var_35);
    // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
    var_37 = &(var_coeffs.shape);
    var_40 = wp::load(var_37);
    var_39 = wp::extract(var_40, var_38);
    var_41 = wp::mod(var_27, var_39);
    var_42 = wp::address(var_coeffs, var_41);
    var_43 = wp::address(var_signal, var_36);
    var_45 = wp::load(var_42);
    var_46 = wp::load(var_43);
    var_44 = wp::mul(var_45, var_46);
    var_47 = wp::add(var_26, var_44);
    // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
    var_49 = wp::sub(var_0, var_48);
    var_51 = &(var_signal.shape);
    var_54 = wp::load(var_51);
    var_53 = wp::extract(var_54, var_52);
    var_56 = wp::sub(var_53, var_55);
    var_57 = wp::clamp(var_49, var_50, var_56);
    // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
    var_58 = &(var_coeffs.shape);
    var_61 = wp::load(var_58);
    var_60 = wp::extract(var_61, var_59);
    var_62 = wp::mod(var_48, var_60);
    var_63 = wp::address(var_coeffs, var_62);
    var_64 = wp::address(var_signal, var_57);
    var_66 = wp::load(var_63);
    var_67 = wp::load(var_64);
    var_65 = wp::mul(var_66, var_67);
    var_68 = wp::add(var_47, var_65);
    // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
    var_70 = wp::sub(var_0, var_69);
    var_72 = &(var_signal.shape);
    var_75 = wp::load(var_72);
    var_74 = wp::extract(var_75, var_73);
    var_77 = wp::sub(var_74, var_76);
    var_78 = wp::clamp(var_70, var_71, var_77);
    // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
    var_79 = &(var_coeffs.shape);
    var_82 = wp::load(var_79);
    var_81 = wp::extract(var_82, var_80);
    var_83 = wp::mod(var_69, var_81);
    var_84 = wp::address(var_coeffs, var_83);
    var_85 = wp::address(var_signal, var_78);
    var_87 = wp::load(var_84);
    var_88 = wp::load(var_85);
    var_86 = wp::mul(var_87, var_88);
    var_89 = wp::add(var_68, var_86);
    // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
    var_91 = wp::sub(var_0, var_90);
    var_93 = &(var_signal.shape);
    var_96 = wp::load(var_93);
    var_95 = wp::extract(var_96, var_94);
    var_98 = wp::sub(var_95, var_97);
    var_99 = wp::clamp(var_91, var_92, var_98);
    // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
    var_100 = &(var_coeffs.shape);
    var_103 = wp::load(var_100);
    var_102 = wp::extract(var_103, var_101);
    var_104 = wp::mod(var_90, var_102);
    var_105 = wp::address(var_coeffs, var_104);
    var_106 = wp::address(var_signal, var_99);
    var_108 = wp::load(var_105);
    var_109 = wp::load(var_106);
    var_107 = wp::mul(var_108, var_109);
    var_110 = wp::add(var_89, var_107);
    // iterate = float(acc)                                                                   <L 15>
    var_111 = wp::float(var_110);
    // iters = int(0)                                                                         <L 16>
    var_113 = wp::int(var_112);
    // while iters < 3:                                                                       <L 17>
    // basis = wp.matrix_from_rows(wp.vec3(0.1, 1.0, 3.0), wp.vec3(0.1, 0.25, 2.0), wp.lerp(wp.vec3(0.75, 0.01, 0.5), wp.vec3(0.75, 1.0, 0.25), wp.clamp(x, 0.0, 1.0)))       <L 20>
    var_128 = wp::vec_t<3, wp::float32>(var_125, var_126, var_127);
    var_132 = wp::vec_t<3, wp::float32>(var_129, var_130, var_131);
    var_136 = wp::vec_t<3, wp::float32>(var_133, var_134, var_135);
    var_140 = wp::vec_t<3, wp::float32>(var_137, var_138, var_139);
    var_143 = wp::clamp(var_2, var_141, var_142);
    var_144 = wp::lerp(var_136, var_140, var_143);
    var_145 = wp::matrix_from_rows<wp::float32>(var_128, var_132, var_144);
    // sym_part = wp.transpose(wp.identity(n=2, dtype=float) * x) * wp.transpose((wp.mat22(1.5, 2.0, 0.01, 2.0) * acc) * x)       <L 21>
    var_147 = wp::identity<2, wp::float32>();
    var_148 = wp::mul(var_147, var_2);
    var_149 = wp::transpose(var_148);
    var_154 = wp::mat_t<2, 2, wp::float32>(var_150, var_151, var_152, var_153);
    var_155 = wp::mul(var_154, var_110);
    var_156 = wp::mul(var_155, var_2);
    var_157 = wp::transpose(var_156);
    var_158 = wp::mul(var_149, var_157);
    // running = wp.vec3(0.0)                                                                 <L 22>
    var_160 = wp::vec_t<3, wp::float32>(var_159);
    // for k_2 in range(wp.min(wp.abs(tid), 16)):                                             <L 23>
    var_161 = wp::abs(var_0);
    var_163 = wp::min(var_161, var_162);
    var_164 = wp::range(var_163);
    // triple = wp.vec3(wp.atan2(x, iterate), acc, iterate if 2.0 < 10.0 else x)              <L 26>
    var_197 = wp::atan2(var_2, var_111);
    var_200 = (var_198 < var_199);
    if (var_200) {
    }
    if (!var_200) {
    }
    var_201 = wp::where(var_200, var_111, var_2);
    var_202 = wp::vec_t<3, wp::float32>(var_197, var_110, var_201);
    // span = running                                                                         <L 27>
    var_203 = wp::copy(var_160);
    // out[tid] = wp.determinant(basis) + wp.determinant(sym_part) + wp.length(triple) + wp.length(span)       <L 28>
    var_204 = wp::determinant(var_145);
    var_205 = wp::determinant(var_158);
    var_206 = wp::add(var_204, var_205);
    var_207 = wp::length(var_202);
    var_208 = wp::add(var_206, var_207);
    var_209 = wp::length(var_203);
    var_210 = wp::add(var_208, var_209);
    // wp::array_store(var_out, var_0, var_210);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_210, adj_out, adj_0, adj_210);
    wp::adj_add(var_208, var_209, adj_208, adj_209, adj_210);
    wp::adj_length(var_203, var_209, adj_203, adj_209);
    wp::adj_add(var_206, var_207, adj_206, adj_207, adj_208);
    wp::adj_length(var_202, var_207, adj_202, adj_207);
    wp::adj_add(var_204, var_205, adj_204, adj_205, adj_206);
    wp::adj_determinant(var_158, adj_158, adj_205);
    wp::adj_determinant(var_145, adj_145, adj_204);
    // adj: out[tid] = wp.determinant(basis) + wp.determinant(sym_part) + wp.length(triple) + wp.length(span)  <L 28>
    wp::adj_copy(var_160, adj_160, adj_203);
    // adj: span = running                                                                    <L 27>
    wp::adj_vec_t(var_197, var_110, var_201, adj_197, adj_110, adj_201, adj_202);
    wp::adj_where(var_200, var_111, var_2, adj_200, adj_111, adj_2, adj_201);
    if (!var_200) {
    }
    if (var_200) {
    }
    wp::adj_atan2(var_2, var_111, adj_2, adj_111, adj_197);
    // adj: triple = wp.vec3(wp.atan2(x, iterate), acc, iterate if 2.0 < 10.0 else x)         <L 26>
    var_164 = wp::iter_reverse(var_164);
    start_for_2:;
        if (iter_cmp(var_164) == 0) goto end_for_2;
        var_165 = wp::iter_next(var_164);
    	adj_166 = {};
    	adj_167 = {};
    	adj_168 = {};
    	adj_169 = {};
    	adj_170 = {};
    	adj_171 = {};
    	adj_172 = {};
    	adj_173 = {};
    	adj_174 = {};
    	adj_175 = {};
    	adj_176 = {};
    	adj_177 = {};
    	adj_178 = {};
    	adj_179 = {};
    	adj_180 = {};
    	adj_181 = {};
    	adj_182 = {};
    	adj_183 = {};
    	adj_184 = {};
    	adj_185 = {};
    	adj_186 = {};
    	adj_187 = {};
    	adj_188 = {};
    	adj_189 = {};
    	adj_190 = {};
    	adj_191 = {};
    	adj_192 = {};
    	adj_193 = {};
    	adj_194 = {};
    	adj_195 = {};
    	adj_196 = {};
        // separation = wp.length(wp.lerp(wp.vec3(0.9, 3.0, 4.0), wp.vec3(1.5, 0.9, 10.0), wp.clamp(x, 0.0, 1.0)) - wp.lerp(wp.vec3(2.0, 3.0, 0.9), wp.vec3(1.5, 10.0, 1.5), wp.clamp(acc, 0.0, 1.0)))       <L 24>
        var_169 = wp::vec_t<3, wp::float32>(var_166, var_167, var_168);
        var_173 = wp::vec_t<3, wp::float32>(var_170, var_171, var_172);
        var_176 = wp::clamp(var_2, var_174, var_175);
        var_177 = wp::lerp(var_169, var_173, var_176);
        var_181 = wp::vec_t<3, wp::float32>(var_178, var_179, var_180);
        var_185 = wp::vec_t<3, wp::float32>(var_182, var_183, var_184);
        var_188 = wp::clamp(var_110, var_186, var_187);
        var_189 = wp::lerp(var_181, var_185, var_188);
        var_190 = wp::sub(var_177, var_189);
        var_191 = wp::length(var_190);
        // running += wp.vec3(float(k_2)) + wp.vec3(separation)                               <L 25>
        var_192 = wp::float(var_165);
        var_193 = wp::vec_t<3, wp::float32>(var_192);
        var_194 = wp::vec_t<3, wp::float32>(var_191);
        var_195 = wp::add(var_193, var_194);
        var_196 = wp::add(var_160, var_195);
        wp::assign(var_160, var_196);
        wp::adj_assign(var_160, var_196, adj_160, adj_196);
        wp::adj_add(var_160, var_195, adj_160, adj_195, adj_196);
        wp::adj_add(var_193, var_194, adj_193, adj_194, adj_195);
        wp::adj_vec_t(var_191, adj_191, adj_194);
        wp::adj_vec_t(var_192, adj_192, adj_193);
        wp::adj_float(var_165, adj_165, adj_192);
        // adj: running += wp.vec3(float(k_2)) + wp.vec3(separation)                          <L 25>
        wp::adj_length(var_190, var_191, adj_190, adj_191);
        wp::adj_sub(var_177, var_189, adj_177, adj_189, adj_190);
        wp::adj_lerp(var_181, var_185, var_188, adj_181, adj_185, adj_188, adj_189);
        wp::adj_clamp(var_110, var_186, var_187, adj_110, adj_186, adj_187, adj_188);
        wp::adj_vec_t(var_182, var_183, var_184, adj_182, adj_183, adj_184, adj_185);
        wp::adj_vec_t(var_178, var_179, var_180, adj_178, adj_179, adj_180, adj_181);
        wp::adj_lerp(var_169, var_173, var_176, adj_169, adj_173, adj_176, adj_177);
        wp::adj_clamp(var_2, var_174, var_175, adj_2, adj_174, adj_175, adj_176);
        wp::adj_vec_t(var_170, var_171, var_172, adj_170, adj_171, adj_172, adj_173);
        wp::adj_vec_t(var_166, var_167, var_168, adj_166, adj_167, adj_168, adj_169);
        // adj: separation = wp.length(wp.lerp(wp.vec3(0.9, 3.0, 4.0), wp.vec3(1.5, 0.9, 10.0), wp.clamp(x, 0.0, 1.0)) - wp.lerp(wp.vec3(2.0, 3.0, 0.9), wp.vec3(1.5, 10.0, 1.5), wp.clamp(acc, 0.0, 1.0)))  <L 24>
    	goto start_for_2;
    end_for_2:;
    wp::adj_min(var_161, var_162, adj_161, adj_162, adj_163);
    wp::adj_abs(var_0, adj_0, adj_161);
    // adj: for k_2 in range(wp.min(wp.abs(tid), 16)):                                        <L 23>
    wp::adj_vec_t(var_159, adj_159, adj_160);
    // adj: running = wp.vec3(0.0)                                                            <L 22>
    wp::adj_mul(var_149, var_157, adj_149, adj_157, adj_158);
    wp::adj_transpose(var_156, adj_156, adj_157);
    wp::adj_mul(var_155, var_2, adj_155, adj_2, adj_156);
    wp::adj_mul(var_154, var_110, adj_154, adj_110, adj_155);
    wp::adj_mat_t(var_150, var_151, var_152, var_153, adj_150, adj_151, adj_152, adj_153, adj_154);
    wp::adj_transpose(var_148, adj_148, adj_149);
    wp::adj_mul(var_147, var_2, adj_147, adj_2, adj_148);
    // adj: sym_part = wp.transpose(wp.identity(n=2, dtype=float) * x) * wp.transpose((wp.mat22(1.5, 2.0, 0.01, 2.0) * acc) * x)  <L 21>
    wp::adj_matrix_from_rows(var_128, var_132, var_144, adj_128, adj_132, adj_144, adj_145);
    wp::adj_lerp(var_136, var_140, var_143, adj_136, adj_140, adj_143, adj_144);
    wp::adj_clamp(var_2, var_141, var_142, adj_2, adj_141, adj_142, adj_143);
    wp::adj_vec_t(var_137, var_138, var_139, adj_137, adj_138, adj_139, adj_140);
    wp::adj_vec_t(var_133, var_134, var_135, adj_133, adj_134, adj_135, adj_136);
    wp::adj_vec_t(var_129, var_130, var_131, adj_129, adj_130, adj_131, adj_132);
    wp::adj_vec_t(var_125, var_126, var_127, adj_125, adj_126, adj_127, adj_128);
    // adj: basis = wp.matrix_from_rows(wp.vec3(0.1, 1.0, 3.0), wp.vec3(0.1, 0.25, 2.0), wp.lerp(wp.vec3(0.75, 0.01, 0.5), wp.vec3(0.75, 1.0, 0.25), wp.clamp(x, 0.0, 1.0)))  <L 20>
    start_while_0:;
    var_115 = (var_113 < var_114);
    if ((var_115) == false) goto end_while_0;
    adj_116 = {};
    adj_117 = {};
    adj_118 = {};
    adj_119 = {};
    adj_120 = {};
    adj_121 = {};
    adj_122 = {};
    adj_123 = {};
    adj_124 = {};
        // iterate = 0.5 * iterate + 0.5 * wp.tanh(float(iters))                              <L 18>
        var_117 = wp::mul(var_116, var_111);
        var_119 = wp::float(var_113);
        var_120 = wp::tanh(var_119);
        var_121 = wp::mul(var_118, var_120);
        var_122 = wp::add(var_117, var_121);
        // iters += 1                                                                         <L 19>
        var_124 = wp::add(var_113, var_123);
        wp::assign(var_111, var_122);
        wp::assign(var_113, var_124);
        wp::adj_assign(var_113, var_124, adj_113, adj_124);
        wp::adj_assign(var_111, var_122, adj_111, adj_122);
        wp::adj_add(var_113, var_123, adj_113, adj_123, adj_124);
        // adj: iters += 1                                                                    <L 19>
        wp::adj_add(var_117, var_121, adj_117, adj_121, adj_122);
        wp::adj_mul(var_118, var_120, adj_118, adj_120, adj_121);
        wp::adj_tanh(var_119, var_120, adj_119, adj_120);
        wp::adj_float(var_113, adj_113, adj_119);
        wp::adj_mul(var_116, var_111, adj_116, adj_111, adj_117);
        // adj: iterate = 0.5 * iterate + 0.5 * wp.tanh(float(iters))                         <L 18>
    goto start_while_0;
    end_while_0:;
    // adj: while iters < 3:                                                                  <L 17>
    // adj: iters = int(0)                                                                    <L 16>
    wp::adj_float(var_110, adj_110, adj_111);
    // adj: iterate = float(acc)                                                              <L 15>
    wp::adj_add(var_89, var_107, adj_89, adj_107, adj_110);
    wp::adj_mul(var_108, var_109, adj_105, adj_106, adj_107);
    wp::adj_address(var_signal, var_99, adj_signal, adj_99, adj_106);
    wp::adj_address(var_coeffs, var_104, adj_coeffs, adj_104, adj_105);
    wp::adj_mod(var_90, var_102, adj_90, adj_102, adj_104);
    adj_coeffs.shape = adj_100;
    // adj: acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                  <L 14>
    wp::adj_clamp(var_91, var_92, var_98, adj_91, adj_92, adj_98, adj_99);
    wp::adj_sub(var_95, var_97, adj_95, adj_97, adj_98);
    adj_signal.shape = adj_93;
    wp::adj_sub(var_0, var_90, adj_0, adj_90, adj_91);
    // adj: idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                   <L 13>
    wp::adj_add(var_68, var_86, adj_68, adj_86, adj_89);
    wp::adj_mul(var_87, var_88, adj_84, adj_85, adj_86);
    wp::adj_address(var_signal, var_78, adj_signal, adj_78, adj_85);
    wp::adj_address(var_coeffs, var_83, adj_coeffs, adj_83, adj_84);
    wp::adj_mod(var_69, var_81, adj_69, adj_81, adj_83);
    adj_coeffs.shape = adj_79;
    // adj: acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                  <L 14>
    wp::adj_clamp(var_70, var_71, var_77, adj_70, adj_71, adj_77, adj_78);
    wp::adj_sub(var_74, var_76, adj_74, adj_76, adj_77);
    adj_signal.shape = adj_72;
    wp::adj_sub(var_0, var_69, adj_0, adj_69, adj_70);
    // adj: idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                   <L 13>
    wp::adj_add(var_47, var_65, adj_47, adj_65, adj_68);
    wp::adj_mul(var_66, var_67, adj_63, adj_64, adj_65);
    wp::adj_address(var_signal, var_57, adj_signal, adj_57, adj_64);
    wp::adj_address(var_coeffs, var_62, adj_coeffs, adj_62, adj_63);
    wp::adj_mod(var_48, var_60, adj_48, adj_60, adj_62);
    adj_coeffs.shape = adj_58;
    // adj: acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                  <L 14>
    wp::adj_clamp(var_49, var_50, var_56, adj_49, adj_50, adj_56, adj_57);
    wp::adj_sub(var_53, var_55, adj_53, adj_55, adj_56);
    adj_signal.shape = adj_51;
    wp::adj_sub(var_0, var_48, adj_0, adj_48, adj_49);
    // adj: idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                   <L 13>
    wp::adj_add(var_26, var_44, adj_26, adj_44, adj_47);
    wp::adj_mul(var_45, var_46, adj_42, adj_43, adj_44);
    wp::adj_address(var_signal, var_36, adj_signal, adj_36, adj_43);
    wp::adj_address(var_coeffs, var_41, adj_coeffs, adj_41, adj_42);
    wp::adj_mod(var_27, var_39, adj_27, adj_39, adj_41);
    adj_coeffs.shape = adj_37;
    // adj: acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                  <L 14>
    wp::adj_clamp(var_28, var_29, var_35, adj_28, adj_29, adj_35, adj_36);
    wp::adj_sub(var_32, var_34, adj_32, adj_34, adj_35);
    adj_signal.shape = adj_30;
    wp::adj_sub(var_0, var_27, adj_0, adj_27, adj_28);
    // adj: idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                   <L 13>
    wp::adj_add(var_5, var_23, adj_5, adj_23, adj_26);
    wp::adj_mul(var_24, var_25, adj_21, adj_22, adj_23);
    wp::adj_address(var_signal, var_15, adj_signal, adj_15, adj_22);
    wp::adj_address(var_coeffs, var_20, adj_coeffs, adj_20, adj_21);
    wp::adj_mod(var_6, var_18, adj_6, adj_18, adj_20);
    adj_coeffs.shape = adj_16;
    // adj: acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                  <L 14>
    wp::adj_clamp(var_7, var_8, var_14, adj_7, adj_8, adj_14, adj_15);
    wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
    adj_signal.shape = adj_9;
    wp::adj_sub(var_0, var_6, adj_0, adj_6, adj_7);
    // adj: idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                   <L 13>
    // adj: for k in range(wp.static(TAPS)):                                                  <L 12>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: acc = float(0.0)                                                                  <L 11>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_signal, var_0, adj_signal, adj_0, adj_1);
    // adj: x = signal[tid]                                                                   <L 10>
    // adj: tid = wp.tid()                                                                    <L 9>
    // adj: def taps_filter(signal: wp.array(dtype=float), coeffs: wp.array(dtype=float), out: wp.array(dtype=float)):  <L 8>
    return;
}



struct taps_filter_d4bb007b_cpu_block_payload_forward
{
    wp_args_taps_filter_d4bb007b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void taps_filter_d4bb007b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    taps_filter_d4bb007b_cpu_block_payload_forward* payload = (taps_filter_d4bb007b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    taps_filter_d4bb007b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void taps_filter_d4bb007b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_taps_filter_d4bb007b *_wp_args)
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
        taps_filter_d4bb007b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &taps_filter_d4bb007b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct taps_filter_d4bb007b_cpu_block_payload_backward
{
    wp_args_taps_filter_d4bb007b* args;
    wp_args_taps_filter_d4bb007b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void taps_filter_d4bb007b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    taps_filter_d4bb007b_cpu_block_payload_backward* payload = (taps_filter_d4bb007b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    taps_filter_d4bb007b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void taps_filter_d4bb007b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_taps_filter_d4bb007b *_wp_args,
    wp_args_taps_filter_d4bb007b *_wp_adj_args)
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
        taps_filter_d4bb007b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &taps_filter_d4bb007b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

